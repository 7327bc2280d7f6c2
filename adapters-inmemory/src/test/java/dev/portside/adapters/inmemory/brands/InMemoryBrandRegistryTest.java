package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandRegistryContract;

class InMemoryBrandRegistryTest extends BrandRegistryContract {

    private final InMemoryBrandStore store = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));

    @Override
    protected BrandDocumentStore documents() {
        return store;
    }

    @Override
    protected BrandAnalytics analytics() {
        return store;
    }
}
