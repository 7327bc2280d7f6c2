package dev.portside.adapters.s3.brands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portside.adapters.s3.support.Guard;
import dev.portside.adapters.s3.support.S3Objects;
import dev.portside.domain.brands.LegacyBrandDocuments;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Documents in the source system's original layout, under {@code <legacy prefix>}: {@code metadata/brand_<id>.json}
 * with {@code brandid}, {@code brandname}, {@code regex}, {@code mccids} (numbers; a code below 1000 lost its leading
 * zero and gets it back), {@code confidence_score} and {@code generated_at} (ISO-8601, UTC when it has no offset);
 * {@code feedback/brand_<id>_<uuid>.json} ({@code brandid}, {@code feedback_text}, {@code category},
 * {@code submitted_at}); {@code workflow-executions/<execution id>.json} ({@code execution_arn}, {@code brandid},
 * {@code status}, {@code duration_seconds}, {@code start_time}); {@code escalations/brand_<id>_<uuid>.json}
 * ({@code brandid}, {@code brandname}, {@code reason}, {@code confidence_score}, {@code status},
 * {@code escalated_at}). A feedback, execution or escalation without its time is dated by the object's last
 * modification. Each kind is listed in key order with ListObjectsV2 {@code StartAfter}, so a batch resumes after
 * the last key.
 */
public final class S3LegacyBrandDocuments implements LegacyBrandDocuments {

    private static final Pattern METADATA_KEY = Pattern.compile("brand_[0-9]{1,19}\\.json");
    private static final Pattern BRAND_DOCUMENT_KEY = Pattern.compile("brand_[0-9]{1,19}_[^/]+\\.json");
    private static final Pattern EXECUTION_KEY = Pattern.compile("[^/]+\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Reads one legacy document from its location, body and last modification. */
    private interface Reader<T> {
        Either<Unreadable, T> read(String location, byte[] body, Instant written);
    }

    private final S3Client s3;
    private final S3Objects objects;
    private final String bucket;
    private final String root;

    /** Reads the original layout under {@code legacyPrefix} of {@code bucket}; the original system wrote at the root (""). */
    public S3LegacyBrandDocuments(S3Client s3, String bucket, String legacyPrefix) {
        this.s3 = s3;
        this.objects = new S3Objects(s3, bucket);
        this.bucket = bucket;
        String prefix = legacyPrefix == null ? "" : legacyPrefix;
        this.root = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public Either<Problem, Batch<LegacyMetadata>> metadata(Option<String> after, int limit) {
        return list("metadata/", "brand_", METADATA_KEY, after, limit, (location, body, written) -> parse(location, body));
    }

    @Override
    public Either<Problem, Batch<LegacyFeedback>> feedback(Option<String> after, int limit) {
        return list("feedback/", "brand_", BRAND_DOCUMENT_KEY, after, limit, S3LegacyBrandDocuments::feedback);
    }

    @Override
    public Either<Problem, Batch<LegacyExecution>> executions(Option<String> after, int limit) {
        return list("workflow-executions/", "", EXECUTION_KEY, after, limit, S3LegacyBrandDocuments::execution);
    }

    @Override
    public Either<Problem, Batch<LegacyEscalation>> escalations(Option<String> after, int limit) {
        return list("escalations/", "brand_", BRAND_DOCUMENT_KEY, after, limit, S3LegacyBrandDocuments::escalation);
    }

    private <T> Either<Problem, Batch<T>> list(String folder, String start, Pattern name, Option<String> after,
                                               int limit, Reader<T> reader) {
        String listed = root + folder;
        return Guard.S3.call("ListObjectsV2", () -> s3.listObjectsV2(b -> b.bucket(bucket).prefix(listed + start)
                .maxKeys(limit).startAfter(after.getOrNull()))).flatMap(page -> read(page, listed, name, reader));
    }

    private <T> Either<Problem, Batch<T>> read(ListObjectsV2Response listed, String folder, Pattern name,
                                               Reader<T> reader) {
        List<Either<Unreadable, T>> documents = new ArrayList<>();
        String last = null;
        for (S3Object object : listed.contents()) {
            last = object.key();
            if (!name.matcher(object.key().substring(folder.length())).matches()) {
                continue;
            }
            String location = "s3://" + bucket + "/" + object.key();
            Either<Problem, Option<S3Objects.Stored>> body = objects.get(object.key());
            if (body.isLeft()) {
                return Either.left(body.getLeft());
            }
            if (body.get().isDefined()) {
                Instant written = body.get().get().response().lastModified();
                documents.add(reader.read(location, body.get().get().body(),
                        written == null ? object.lastModified() : written));
            }
        }
        return Either.right(new Batch<>(documents, Boolean.TRUE.equals(listed.isTruncated()) && last != null
                ? Option.some(last) : Option.none()));
    }

    static Either<Unreadable, LegacyFeedback> feedback(String location, byte[] body, Instant written) {
        return object(location, body).flatMap(o -> time(location, o, "submitted_at", written).map(at ->
                new LegacyFeedback(location, id(o, "brandid"), text(o, "feedback_text").getOrNull(),
                        text(o, "category").getOrNull(), at)));
    }

    static Either<Unreadable, LegacyExecution> execution(String location, byte[] body, Instant written) {
        return object(location, body).flatMap(o -> time(location, o, "start_time", written).map(at ->
                new LegacyExecution(location, text(o, "execution_arn").getOrNull(), id(o, "brandid"),
                        text(o, "status").getOrNull(), id(o, "duration_seconds"), at)));
    }

    static Either<Unreadable, LegacyEscalation> escalation(String location, byte[] body, Instant written) {
        return object(location, body).flatMap(o -> time(location, o, "escalated_at", written).map(at -> {
            JsonNode score = o.get("confidence_score");
            return new LegacyEscalation(location, id(o, "brandid"), text(o, "brandname").getOrNull(),
                    text(o, "reason").getOrNull(), score != null && score.isNumber() ? score.decimalValue() : null,
                    text(o, "status").getOrNull(), at);
        }));
    }

    private static Either<Unreadable, JsonNode> object(String location, byte[] body) {
        JsonNode o;
        try {
            o = MAPPER.readTree(body);
        } catch (IOException e) {
            return Either.left(new Unreadable(location, "is not JSON"));
        }
        return o == null || !o.isObject() ? Either.left(new Unreadable(location, "is not a JSON object"))
                : Either.right(o);
    }

    /** The time in {@code field}; {@code written} when it is missing; unreadable when it is not ISO-8601. */
    private static Either<Unreadable, Instant> time(String location, JsonNode o, String field, Instant written) {
        Option<String> text = text(o, field);
        if (text.isEmpty()) {
            return Either.right(written);
        }
        return instant(text.get()).toEither(() -> new Unreadable(location, field + " is not an ISO-8601 time"));
    }

    private static Long id(JsonNode o, String field) {
        JsonNode node = o.get(field);
        return node != null && node.isIntegralNumber() && node.canConvertToLong() ? node.asLong() : null;
    }

    static Either<Unreadable, LegacyMetadata> parse(String location, byte[] body) {
        Either<Unreadable, JsonNode> read = object(location, body);
        if (read.isLeft()) {
            return Either.left(read.getLeft());
        }
        JsonNode o = read.get();
        List<String> mcc = null;
        JsonNode codes = o.get("mccids");
        if (codes != null && codes.isArray()) {
            mcc = new ArrayList<>();
            for (JsonNode code : codes) {
                mcc.add(code.isIntegralNumber() && code.asLong() >= 0 && code.asLong() < 1000
                        ? String.format("%04d", code.asLong()) : code.asText());
            }
        }
        JsonNode id = o.get("brandid");
        JsonNode score = o.get("confidence_score");
        Option<Instant> generated = text(o, "generated_at").flatMap(S3LegacyBrandDocuments::instant);
        if (text(o, "generated_at").isDefined() && generated.isEmpty()) {
            return Either.left(new Unreadable(location, "generated_at is not an ISO-8601 time"));
        }
        return Either.right(new LegacyMetadata(location, id != null && id.canConvertToLong() ? id.asLong() : null,
                text(o, "brandname").getOrNull(), text(o, "regex").getOrNull(), mcc,
                score != null && score.isNumber() ? score.decimalValue() : null, generated));
    }

    private static Option<String> text(JsonNode o, String field) {
        JsonNode node = o.get(field);
        return node == null || node.isNull() ? Option.none() : Option.some(node.asText());
    }

    private static Option<Instant> instant(String text) {
        try {
            return Option.some(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Option.some(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Option.none();
            }
        }
    }
}
