package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.isolation.BrandTenantIsolation;
import java.time.Duration;

/** Tenant isolation of S3 documents (s3proxy) and Athena analytics (the test endpoint on DuckDB). */
class AthenaBrandIsolationProperties extends BrandTenantIsolation {

    private static AthenaFixture fixture;

    private static synchronized AthenaFixture fixture() {
        if (fixture == null) {
            fixture = new AthenaFixture(S3ProxyBackend.shared(), Duration.ofSeconds(20));
        }
        return fixture;
    }

    @Override
    protected BrandDocumentStore documents() {
        return fixture().documents;
    }

    @Override
    protected BrandAnalytics analytics() {
        return fixture().analytics;
    }
}
