package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.brands.BrandRegistryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBrandRegistryTest extends BrandRegistryContract {

    @RegisterExtension
    static final PostgresBackend POSTGRES = PostgresBackend.shared();
    private static PostgresBrandFixture store;

    private static PostgresBrandFixture store() {
        if (store == null) {
            store = PostgresBrandFixture.create(POSTGRES);
        }
        return store;
    }

    @Override
    protected BrandDocumentStore documents() {
        return store().documents();
    }

    @Override
    protected BrandAnalytics analytics() {
        return store().analytics();
    }
}
