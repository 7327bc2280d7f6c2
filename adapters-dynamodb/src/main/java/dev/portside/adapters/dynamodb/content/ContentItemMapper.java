package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentTables.*;
import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentSource;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.content.DifficultyLevel;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps content items to and from DynamoDB attribute maps, including the sparse index keys. */
final class ContentItemMapper {

    static final char SEP = '\u001f';
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ContentItemMapper() {
    }

    static String partition(TenantId tenant, ContentId id) {
        return tenant.value() + "#" + id.value();
    }

    static Map<String, AttributeValue> key(TenantId tenant, ContentKey key) {
        return Map.of(PK, s(partition(tenant, key.id())), SK, s(key.certification().name()));
    }

    static String historyPartition(TenantId tenant, ContentKey key) {
        return tenant.value() + "#" + key.id().value() + "#" + key.certification().name();
    }

    /** The key of one history snapshot: its partition, then {@link ContentItem#historyKey()}. */
    static Map<String, AttributeValue> historyKey(ContentItem item) {
        return Map.of(HISTORY_PK, s(historyPartition(item.tenant(), item.key())), HISTORY_SK, s(item.historyKey()));
    }

    static Map<String, AttributeValue> toItem(ContentItem item) {
        Map<String, AttributeValue> a = new HashMap<>(key(item.tenant(), item.key()));
        ContentDetails d = item.details();
        a.put("tenant", s(item.tenant().value()));
        a.put("id", s(item.id().value()));
        a.put("title", s(d.title()));
        a.put("content_type", s(d.contentType().name()));
        a.put("category", s(d.category()));
        a.put("subcategory", s(d.subcategory()));
        a.put("difficulty", s(d.difficulty().name()));
        a.put("tags", AttributeValue.fromL(d.tags().stream().map(AttributeValue::fromS).toList()));
        d.source().forEach(src -> {
            a.put("source_file", s(src.fileName()));
            a.put("source_bucket", s(src.bucket()));
        });
        a.put("chunk_count", n(d.chunkCount()));
        a.put("question_count", n(d.questionCount()));
        a.put("version", s(item.version().toString()));
        a.put("active", AttributeValue.fromBool(item.active()));
        a.put("created_at", s(INSTANT.format(item.createdAt())));
        a.put("updated_at", s(INSTANT.format(item.updatedAt())));
        a.put("revision", n(item.revision().value()));
        if (item.active()) {
            String tenant = item.tenant().value();
            String cert = item.certification().name();
            a.put(CERT_KEY, s(tenant + "#" + cert));
            a.put(CERT_SORT, s(d.category() + SEP + item.id().value()));
            a.put(CATEGORY_KEY, s(tenant + "#" + d.category()));
            a.put(CATEGORY_SORT, s(item.id().value() + SEP + cert));
            a.put(TYPE_KEY, s(tenant + "#" + d.contentType().name()));
            a.put(TYPE_SORT, s(INSTANT.format(item.createdAt()) + SEP + item.id().value() + SEP + cert));
        }
        return a;
    }

    static Map<String, AttributeValue> toSnapshot(ContentItem item) {
        Map<String, AttributeValue> a = new HashMap<>(toItem(item));
        a.keySet().removeAll(java.util.List.of(PK, SK, CERT_KEY, CERT_SORT, CATEGORY_KEY, CATEGORY_SORT, TYPE_KEY, TYPE_SORT));
        a.putAll(historyKey(item));
        a.put("certification", s(item.certification().name()));
        return a;
    }

    /**
     * Reads an instant this mapper wrote ({@link #INSTANT}: {@code 2026-01-01T00:00:00.000Z}) without the general
     * parser, which took most of a get's mapping time and allocation; any other text goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(23) == 'Z'
                && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10) && digits(text, 11, 13)
                && digits(text, 14, 16) && digits(text, 17, 19) && digits(text, 20, 23)) {
            try {
                long seconds = LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                        number(text, 11, 13), number(text, 14, 16), number(text, 17, 19)).toEpochSecond(ZoneOffset.UTC);
                return Instant.ofEpochSecond(seconds, number(text, 20, 23) * 1_000_000L);
            } catch (DateTimeException e) {
                return Instant.parse(text); // an impossible date: the general parser reports it
            }
        }
        return Instant.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    static ContentItem fromItem(Map<String, AttributeValue> a) {
        String cert = a.containsKey("certification") ? a.get("certification").s() : a.get(SK).s();
        Option<ContentSource> source = a.containsKey("source_file")
                ? Option.of(new ContentSource(a.get("source_file").s(), a.get("source_bucket").s())) : Option.none();
        ContentDetails details = new ContentDetails(a.get("title").s(), ContentType.valueOf(a.get("content_type").s()),
                a.get("category").s(), a.get("subcategory").s(), DifficultyLevel.valueOf(a.get("difficulty").s()),
                new TreeSet<>(a.get("tags").l().stream().map(AttributeValue::s).toList()), source,
                Integer.parseInt(a.get("chunk_count").n()), Integer.parseInt(a.get("question_count").n()));
        return new ContentItem(new TenantId(a.get("tenant").s()),
                new ContentKey(new ContentId(a.get("id").s()), CertificationType.valueOf(cert)), details,
                ContentVersion.stored(a.get("version").s()),
                a.get("active").bool(), instant(a.get("created_at").s()), instant(a.get("updated_at").s()),
                new Revision(Long.parseLong(a.get("revision").n())));
    }
}
