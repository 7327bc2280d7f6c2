package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.brands.BrandAnalyticsContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class AthenaBrandAnalyticsTest extends BrandAnalyticsContract {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();
    private static AthenaFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new AthenaFixture(S3, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Override
    protected BrandDocumentStore documents() {
        return fixture.documents;
    }

    @Override
    protected BrandAnalytics analytics() {
        return fixture.analytics;
    }
}
