package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.S3ProxyBackend;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandSamples;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A brand document write whose reply is lost: the server stored it, the client saw a 500 and the SDK sent the
 * same conditional PUT again, which the server refuses (412) because the first attempt already changed the
 * object. The adapter recognises its own document and answers success, not AlreadyExists or Conflict.
 */
class S3BrandLostReplyTest {

    @RegisterExtension
    static final S3ProxyBackend S3 = S3ProxyBackend.shared();

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final TenantId TENANT = TenantId.of("lost-replies").get();

    private final FaultInjector lostReply = new FaultInjector(3, 1.0, List.of(new Fault.LostReply(
            "lost reply (500)", Set.of("PutObject"), () -> (S3Exception) S3Exception.builder().statusCode(500)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalError").build()).build())));
    private S3BrandDocumentStore store;
    private S3BrandDocumentStore reader;
    private static long nextBrand = 1;

    @BeforeEach
    void stores() {
        BrandS3Layout layout = new BrandS3Layout(S3.newBucket(), "brands");
        store = new S3BrandDocumentStore(S3.newClient(false, lostReply), layout, DocumentVisibility.NONE);
        reader = new S3BrandDocumentStore(S3.client(), layout, DocumentVisibility.NONE);
    }

    @Test
    void aCreateWhoseReplyWasLostIsRecognisedNotAlreadyExists() {
        BrandMetadata metadata = BrandSamples.metadata(TENANT, nextBrand++, "0.9", T0);
        lostReply.strikeAtMost(1).start();

        assertThat(store.createMetadata(metadata, Option.none()).map(BrandMetadata::revision))
                .isEqualTo(Either.right(new Revision(1)));
        assertThat(lostReply.struck()).containsExactly("PutObject: lost reply (500)");
        assertThat(reader.metadata(TENANT, metadata.brandId()).get().get()).isEqualTo(metadata);
        assertThat(reader.createMetadata(BrandSamples.metadata(TENANT, metadata.brandId().value(), "0.5", T0),
                Option.none()).getLeft()).isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    void aSaveWhoseReplyWasLostIsRecognisedNotAConflict() {
        BrandMetadata created = reader.createMetadata(BrandSamples.metadata(TENANT, nextBrand++, "0.9", T0),
                Option.none()).get();
        BrandMetadata changed = BrandSamples.metadata(TENANT, created.brandId().value(), "0.7", T0)
                .withRevision(created.revision());
        lostReply.strikeAtMost(1).start();

        assertThat(store.saveMetadata(changed, Option.none()).map(BrandMetadata::revision))
                .isEqualTo(Either.right(new Revision(2)));
        assertThat(lostReply.struck()).containsExactly("PutObject: lost reply (500)");
        BrandMetadata stored = reader.metadata(TENANT, new BrandId(created.brandId().value())).get().get();
        assertThat(stored.revision()).isEqualTo(new Revision(2));
        assertThat(stored.confidence()).isEqualTo(changed.confidence());
        assertThat(reader.saveMetadata(changed, Option.none()).getLeft())
                .isEqualTo(new Problem.Conflict("brand metadata", "brand " + created.brandId(), new Revision(1),
                        new Revision(2)));
    }
}
