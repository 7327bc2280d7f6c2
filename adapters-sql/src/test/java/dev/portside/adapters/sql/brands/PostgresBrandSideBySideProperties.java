package dev.portside.adapters.sql.brands;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandDocumentStoreComparison;

class PostgresBrandSideBySideProperties extends BrandDocumentStoreComparison {

    private static BrandDocumentStore store;

    @Override
    protected BrandDocumentStore referenceModel() {
        return new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
    }

    @Override
    protected synchronized BrandDocumentStore adapter() {
        if (store == null) {
            store = PostgresBrandFixture.create(PostgresBackend.shared()).documents();
        }
        return store;
    }
}
