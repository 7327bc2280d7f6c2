package dev.portside.testkit.progress;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressEvent;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressState;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Builders for progress entries in contracts. */
public final class ProgressFixtures {

    private ProgressFixtures() {
    }

    public static ProgressKey key(String user, String content, CertificationType cert) {
        return new ProgressKey(new UserId(user), new ContentId(content), cert);
    }

    public static ProgressEntry entry(TenantId tenant, ProgressKey key, Instant at) {
        return ProgressEntry.start(tenant, new ProgressEvent(key, ProgressState.IN_PROGRESS,
                Option.of(new BigDecimal("72.5")), Duration.ofSeconds(90), Option.of("session-1"), at));
    }
}
