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
 * Brand metadata in the source system's original layout: {@code <legacy prefix>metadata/brand_<id>.json} with
 * {@code brandid}, {@code brandname}, {@code regex}, {@code mccids} (numbers; a code below 1000 lost its leading
 * zero and gets it back), {@code confidence_score} and {@code generated_at} (ISO-8601, UTC when it has no offset).
 * Listed in key order with ListObjectsV2 {@code StartAfter}, so a batch resumes after the last key.
 */
public final class S3LegacyBrandDocuments implements LegacyBrandDocuments {

    private static final Pattern KEY = Pattern.compile(".*/?brand_[0-9]{1,19}\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final S3Client s3;
    private final S3Objects objects;
    private final String bucket;
    private final String folder;

    /** Reads {@code <legacyPrefix>metadata/} of {@code bucket}; the original system wrote at the bucket's root (""). */
    public S3LegacyBrandDocuments(S3Client s3, String bucket, String legacyPrefix) {
        this.s3 = s3;
        this.objects = new S3Objects(s3, bucket);
        this.bucket = bucket;
        String prefix = legacyPrefix == null ? "" : legacyPrefix;
        this.folder = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/") + "metadata/";
    }

    @Override
    public Either<Problem, Batch> metadata(Option<String> after, int limit) {
        return Guard.S3.call("ListObjectsV2", () -> s3.listObjectsV2(b -> b.bucket(bucket).prefix(folder + "brand_")
                .maxKeys(limit).startAfter(after.getOrNull()))).flatMap(this::read);
    }

    private Either<Problem, Batch> read(ListObjectsV2Response listed) {
        List<Either<Unreadable, LegacyMetadata>> documents = new ArrayList<>();
        String last = null;
        for (S3Object object : listed.contents()) {
            last = object.key();
            if (!KEY.matcher(object.key()).matches()) {
                continue;
            }
            String location = "s3://" + bucket + "/" + object.key();
            Either<Problem, Option<S3Objects.Stored>> body = objects.get(object.key());
            if (body.isLeft()) {
                return Either.left(body.getLeft());
            }
            if (body.get().isDefined()) {
                documents.add(parse(location, body.get().get().body()));
            }
        }
        return Either.right(new Batch(documents, Boolean.TRUE.equals(listed.isTruncated()) && last != null
                ? Option.some(last) : Option.none()));
    }

    static Either<Unreadable, LegacyMetadata> parse(String location, byte[] body) {
        JsonNode o;
        try {
            o = MAPPER.readTree(body);
        } catch (IOException e) {
            return Either.left(new Unreadable(location, "is not JSON"));
        }
        if (o == null || !o.isObject()) {
            return Either.left(new Unreadable(location, "is not a JSON object"));
        }
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
