package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentTables.*;
import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.common.Instants;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps content items to and from DynamoDB attribute maps, including the sparse index keys. */
final class ContentItemMapper {

    static final char SEP = '\u001f';
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** The instants {@link #format} writes directly: years 1 to 9999. */
    private static final long FIRST_DIRECT = LocalDate.of(1, 1, 1).toEpochDay() * 86_400;
    private static final long END_DIRECT = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400;

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
        String createdAt = format(item.createdAt());
        Map<String, AttributeValue> a = attributes(item, createdAt);
        a.putAll(key(item.tenant(), item.key()));
        if (item.active()) {
            ContentDetails d = item.details();
            String tenant = item.tenant().value();
            String cert = item.certification().name();
            a.put(CERT_KEY, s(tenant + "#" + cert));
            a.put(CERT_SORT, s(d.category() + SEP + item.id().value()));
            a.put(CATEGORY_KEY, s(tenant + "#" + d.category()));
            a.put(CATEGORY_SORT, s(item.id().value() + SEP + cert));
            a.put(TYPE_KEY, s(tenant + "#" + d.contentType().name()));
            a.put(TYPE_SORT, s(createdAt + SEP + item.id().value() + SEP + cert));
        }
        return a;
    }

    /** The item's attributes without its key or index keys, plus its history key and certification. */
    static Map<String, AttributeValue> toSnapshot(ContentItem item) {
        Map<String, AttributeValue> a = attributes(item, format(item.createdAt()));
        a.putAll(historyKey(item));
        a.put("certification", s(item.certification().name()));
        return a;
    }

    /** What an item and its snapshots hold alike: everything but the keys. */
    private static Map<String, AttributeValue> attributes(ContentItem item, String createdAt) {
        Map<String, AttributeValue> a = new HashMap<>(48);
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
        a.put("created_at", s(createdAt));
        a.put("updated_at", s(item.updatedAt().equals(item.createdAt()) ? createdAt : format(item.updatedAt())));
        a.put("revision", n(item.revision().value()));
        return a;
    }

    /**
     * {@code INSTANT.format(at)}, written directly for the years 1 to 9999 (the formatter resolves a zone and builds
     * a date-time per call); other years go to the formatter.
     */
    static String format(Instant at) {
        long seconds = at.getEpochSecond();
        if (seconds < FIRST_DIRECT || seconds >= END_DIRECT) {
            return INSTANT.format(at);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        int second = (int) Math.floorMod(seconds, 86_400);
        char[] text = new char[24];
        digits(text, 0, 4, date.getYear());
        text[4] = '-';
        digits(text, 5, 2, date.getMonthValue());
        text[7] = '-';
        digits(text, 8, 2, date.getDayOfMonth());
        text[10] = 'T';
        digits(text, 11, 2, second / 3_600);
        text[13] = ':';
        digits(text, 14, 2, second / 60 % 60);
        text[16] = ':';
        digits(text, 17, 2, second % 60);
        text[19] = '.';
        digits(text, 20, 3, at.getNano() / 1_000_000);
        text[23] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static ContentItem fromItem(Map<String, AttributeValue> a) {
        String cert = a.containsKey("certification") ? a.get("certification").s() : a.get(SK).s();
        Option<ContentSource> source = a.containsKey("source_file")
                ? Option.of(new ContentSource(a.get("source_file").s(), a.get("source_bucket").s())) : Option.none();
        ContentDetails details = new ContentDetails(a.get("title").s(), ContentType.valueOf(a.get("content_type").s()),
                a.get("category").s(), a.get("subcategory").s(), DifficultyLevel.valueOf(a.get("difficulty").s()),
                tags(a.get("tags").l()), source,
                Integer.parseInt(a.get("chunk_count").n()), Integer.parseInt(a.get("question_count").n()));
        return new ContentItem(new TenantId(a.get("tenant").s()),
                new ContentKey(new ContentId(a.get("id").s()), CertificationType.valueOf(cert)), details,
                ContentVersion.stored(a.get("version").s()), a.get("active").bool(),
                Instants.parse(a.get("created_at").s()), Instants.parse(a.get("updated_at").s()),
                new Revision(Long.parseLong(a.get("revision").n())));
    }

    private static TreeSet<String> tags(List<AttributeValue> stored) {
        TreeSet<String> tags = new TreeSet<>();
        for (AttributeValue tag : stored) {
            tags.add(tag.s());
        }
        return tags;
    }
}
