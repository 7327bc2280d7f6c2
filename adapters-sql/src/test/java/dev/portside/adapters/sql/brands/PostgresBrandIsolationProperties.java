package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.isolation.BrandTenantIsolation;

class PostgresBrandIsolationProperties extends BrandTenantIsolation {

    private static PostgresBrandFixture store;

    private static synchronized PostgresBrandFixture store() {
        if (store == null) {
            store = PostgresBrandFixture.create(PostgresBackend.shared());
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
