package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandSamples;
import dev.portside.testkit.records.Concurrently;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two or more writers of one brand document race on Ceph RGW, a real S3 server whose conditional PUT
 * ({@code If-None-Match: *}, {@code If-Match: <etag>}) is checked and applied in one atomic step on the
 * stored object. Exactly one writer wins; every other one gets the typed refusal, never a silent overwrite.
 */
class S3BrandConcurrentWritersTest {

    @RegisterExtension
    static final RgwBackend RGW = RgwBackend.shared();

    private static final int WRITERS = 8;
    private static S3BrandDocumentStore store;
    private static int nextBrand = 1000;

    @BeforeAll
    static void bucket() {
        String bucket = RGW.newBucket();
        store = new S3BrandDocumentStore(RGW.client(), new BrandS3Layout(bucket, "brands"), DocumentVisibility.NONE);
    }

    @RepeatedTest(3)
    void concurrentCreatesOfOneBrandEndWithOneWinnerAndAlreadyExistsForTheRest() throws Exception {
        TenantId tenant = TenantId.of("race").get();
        long brand = nextBrand++;
        List<Either<Problem, BrandMetadata>> results = Concurrently.run(WRITERS, writer -> store.createMetadata(
                BrandSamples.metadata(tenant, brand, "0." + (writer + 1), Instant.parse("2026-01-01T00:00:00Z")),
                Option.none()));

        assertThat(results.stream().filter(Either::isRight)).hasSize(1);
        assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft))
                .hasSize(WRITERS - 1).allSatisfy(p -> assertThat(p).isInstanceOf(Problem.AlreadyExists.class));
        BrandMetadata winner = results.stream().filter(Either::isRight).findFirst().orElseThrow().get();
        assertThat(store.metadata(tenant, new BrandId(brand)).get().get().confidence()).isEqualTo(winner.confidence());
    }

    @RepeatedTest(3)
    void concurrentSavesOfOneRevisionEndWithOneWinnerAndConflictForTheRest() throws Exception {
        TenantId tenant = TenantId.of("race").get();
        long brand = nextBrand++;
        BrandMetadata created = store.createMetadata(BrandSamples.metadata(tenant, brand, "0.5",
                Instant.parse("2026-01-01T00:00:00Z")), Option.none()).get();

        List<Either<Problem, BrandMetadata>> results = Concurrently.run(WRITERS, writer -> store.saveMetadata(
                BrandSamples.metadata(tenant, brand, "0." + (writer + 1), Instant.parse("2026-01-02T00:00:00Z"))
                        .withRevision(created.revision()), Option.none()));

        assertThat(results.stream().filter(Either::isRight)).hasSize(1);
        assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft)).hasSize(WRITERS - 1)
                .allSatisfy(p -> assertThat(p).isInstanceOfSatisfying(Problem.Conflict.class,
                        conflict -> assertThat(conflict.expected()).isEqualTo(created.revision())));
        BrandMetadata winner = results.stream().filter(Either::isRight).findFirst().orElseThrow().get();
        BrandMetadata stored = store.metadata(tenant, new BrandId(brand)).get().get();
        assertThat(stored.revision()).isEqualTo(new Revision(created.revision().value() + 1));
        assertThat(stored.confidence()).isEqualTo(winner.confidence());
    }
}
