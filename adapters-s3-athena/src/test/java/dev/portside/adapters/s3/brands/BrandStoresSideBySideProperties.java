package dev.portside.adapters.s3.brands;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandDocumentStoreComparison;

class BrandStoresSideBySideProperties extends BrandDocumentStoreComparison {

    private static BrandDocumentStore store;

    @Override
    protected BrandDocumentStore referenceModel() {
        return new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
    }

    @Override
    protected synchronized BrandDocumentStore adapter() {
        if (store == null) {
            S3ProxyBackend s3 = S3ProxyBackend.shared();
            store = new S3BrandDocumentStore(s3.client(), new BrandS3Layout(s3.newBucket(), "brands"),
                    DocumentVisibility.NONE);
        }
        return store;
    }
}
