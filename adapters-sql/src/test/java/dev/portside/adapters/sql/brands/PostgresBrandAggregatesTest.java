package dev.portside.adapters.sql.brands;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandAggregatesContract;

class PostgresBrandAggregatesTest extends BrandAggregatesContract {

    private static PostgresBrandFixture store;

    @Override
    protected synchronized Stores adapter() {
        if (store == null) {
            store = PostgresBrandFixture.create(PostgresBackend.shared());
        }
        return new Stores(store.documents(), store.analytics());
    }

    @Override
    protected Stores referenceModel() {
        InMemoryBrandStore model = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
        return new Stores(model, model);
    }
}
