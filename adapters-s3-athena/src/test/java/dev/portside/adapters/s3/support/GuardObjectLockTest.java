package dev.portside.adapters.s3.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

class GuardObjectLockTest {

    @RegisterExtension
    static final RgwBackend rgw = RgwBackend.shared();

    @Test
    void objectLockRefusingAVersionedDeleteIsA403RefusalAMeaningCanNameRetention() {
        String bucket = rgw.newLockedBucket();
        String version = rgw.client().putObject(b -> b.bucket(bucket).key("locked").objectLockMode(ObjectLockMode.COMPLIANCE)
                .objectLockRetainUntilDate(Instant.now().plus(Duration.ofDays(1))), RequestBody.fromString("{}"))
                .versionId();
        AtomicReference<Guard.Refusal> seen = new AtomicReference<>();
        Either<Problem, Boolean> answer = Guard.S3.call("DeleteObject", () -> {
            rgw.client().deleteObject(b -> b.bucket(bucket).key("locked").versionId(version));
            return true;
        }, refusal -> {
            seen.set(refusal);
            return refusal.status() == 403
                    ? Option.some(Either.left(new Problem.Rejected("worm-retention", "locked")))
                    : Option.none();
        });
        assertThat(seen.get().status()).isEqualTo(403);
        assertThat(answer.getLeft()).isEqualTo(new Problem.Rejected("worm-retention", "locked"));

        Either<Problem, Boolean> unguarded = Guard.S3.call("DeleteObject", () -> {
            rgw.client().deleteObject(b -> b.bucket(bucket).key("locked").versionId(version));
            return true;
        });
        assertThat(unguarded.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class, u -> {
            assertThat(u.retriable()).isFalse();
            assertThat(u.cause()).startsWith("DeleteObject: 403 ");
        });
    }
}
