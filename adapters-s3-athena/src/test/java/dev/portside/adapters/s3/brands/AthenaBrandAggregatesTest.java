package dev.portside.adapters.s3.brands;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.brands.BrandAggregatesContract;
import java.time.Duration;

/**
 * Aggregates on Athena (the test endpoint on DuckDB) over S3 documents on s3proxy; one fixture for the JUnit test
 * and the jqwik property (two engines), closed with the JVM.
 */
class AthenaBrandAggregatesTest extends BrandAggregatesContract {

    private static AthenaFixture fixture;

    @Override
    protected synchronized Stores adapter() {
        if (fixture == null) {
            fixture = new AthenaFixture(S3ProxyBackend.shared(), Duration.ofSeconds(20));
        }
        return new Stores(fixture.documents, fixture.analytics);
    }

    @Override
    protected Stores referenceModel() {
        InMemoryBrandStore model = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
        return new Stores(model, model);
    }
}
