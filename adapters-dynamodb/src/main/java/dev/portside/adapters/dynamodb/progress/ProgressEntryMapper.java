package dev.portside.adapters.dynamodb.progress;

import static dev.portside.adapters.dynamodb.progress.ProgressTables.*;
import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressState;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps progress entries to and from DynamoDB attribute maps; scores travel as exact decimal numbers. */
final class ProgressEntryMapper {

    static final char SEP = '\u001f';
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ProgressEntryMapper() {
    }

    static Map<String, AttributeValue> key(TenantId tenant, ProgressKey key) {
        return Map.of(PK, s(tenant.value() + "#" + key.user().value()),
                SK, s(key.content().value() + "#" + key.certification().name()));
    }

    static Map<String, AttributeValue> toItem(ProgressEntry e) {
        Map<String, AttributeValue> a = new HashMap<>(key(e.tenant(), e.key()));
        String tenant = e.tenant().value();
        a.put("tenant", s(tenant));
        a.put("user", s(e.key().user().value()));
        a.put("content", s(e.key().content().value()));
        a.put("certification", s(e.key().certification().name()));
        a.put("state", s(e.state().name()));
        e.bestScore().forEach(score -> a.put("best_score", AttributeValue.fromN(score.toPlainString())));
        a.put("total_millis", n(e.totalTime().toMillis()));
        a.put("attempts", n(e.attempts()));
        e.lastSessionId().forEach(session -> a.put("last_session", s(session)));
        a.put("first_at", s(INSTANT.format(e.firstRecordedAt())));
        a.put("last_at", s(INSTANT.format(e.lastRecordedAt())));
        a.put("revision", n(e.revision().value()));
        a.put(USER_CERT_KEY, s(tenant + "#" + e.key().user().value() + "#" + e.key().certification().name()));
        a.put(USER_CERT_SORT, s(e.key().content().value()));
        a.put(TIME_KEY, s(tenant + "#" + e.key().certification().name()));
        a.put(TIME_SORT, s(INSTANT.format(e.lastRecordedAt()) + SEP + e.key().user().value() + SEP
                + e.key().content().value()));
        return a;
    }

    static ProgressEntry fromItem(Map<String, AttributeValue> a) {
        ProgressKey key = new ProgressKey(new UserId(a.get("user").s()), new ContentId(a.get("content").s()),
                CertificationType.valueOf(a.get("certification").s()));
        return new ProgressEntry(new TenantId(a.get("tenant").s()), key, ProgressState.valueOf(a.get("state").s()),
                a.containsKey("best_score") ? Option.of(new BigDecimal(a.get("best_score").n())) : Option.none(),
                Duration.ofMillis(Long.parseLong(a.get("total_millis").n())), Long.parseLong(a.get("attempts").n()),
                a.containsKey("last_session") ? Option.of(a.get("last_session").s()) : Option.none(),
                Instant.parse(a.get("first_at").s()), Instant.parse(a.get("last_at").s()),
                new Revision(Long.parseLong(a.get("revision").n())));
    }
}
