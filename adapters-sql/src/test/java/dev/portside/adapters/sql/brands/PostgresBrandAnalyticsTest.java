package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.brands.BrandAnalyticsContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBrandAnalyticsTest extends BrandAnalyticsContract {

    @RegisterExtension
    static final PostgresBackend POSTGRES = PostgresBackend.shared();
    private static PostgresBrandFixture store;

    @BeforeEach
    void connect() {
        if (store == null) {
            store = PostgresBrandFixture.create(POSTGRES);
        }
    }

    @Override
    protected BrandDocumentStore documents() {
        return store.documents();
    }

    @Override
    protected BrandAnalytics analytics() {
        return store.analytics();
    }
}
