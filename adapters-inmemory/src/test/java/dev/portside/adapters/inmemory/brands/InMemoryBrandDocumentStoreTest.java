package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandDocumentStoreContract;

class InMemoryBrandDocumentStoreTest extends BrandDocumentStoreContract {

    private final InMemoryBrandStore store = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));

    @Override
    protected BrandDocumentStore store() {
        return store;
    }
}
