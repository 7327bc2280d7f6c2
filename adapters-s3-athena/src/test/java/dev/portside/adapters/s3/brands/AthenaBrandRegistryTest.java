package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.brands.BrandRegistryContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registry over S3 documents (s3proxy) and Athena analytics (the test endpoint on DuckDB). */
class AthenaBrandRegistryTest extends BrandRegistryContract {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();
    private static AthenaFixture fixture;

    private static AthenaFixture fixture() {
        if (fixture == null) {
            fixture = new AthenaFixture(S3, Duration.ofSeconds(20));
        }
        return fixture;
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
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
