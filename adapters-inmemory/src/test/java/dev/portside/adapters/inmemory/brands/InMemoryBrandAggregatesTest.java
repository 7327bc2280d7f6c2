package dev.portside.adapters.inmemory.brands;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandAggregatesContract;

class InMemoryBrandAggregatesTest extends BrandAggregatesContract {

    private final InMemoryBrandStore store = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));

    @Override
    protected Stores adapter() {
        return new Stores(store, store);
    }

    @Override
    protected Stores referenceModel() {
        InMemoryBrandStore model = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
        return new Stores(model, model);
    }
}
