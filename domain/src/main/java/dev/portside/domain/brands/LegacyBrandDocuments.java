package dev.portside.domain.brands;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Brand metadata written in the source system's original layout ({@code metadata/brand_<id>.json}, fields
 * {@code brandid, brandname, regex, mccids, confidence_score, generated_at}, no tenant), read in key order for the
 * layout migration. Values come as written, unchecked: the registry validates them like any input.
 */
public interface LegacyBrandDocuments {

    /** One legacy metadata document as written: raw values, any of them possibly missing (null). */
    record LegacyMetadata(String location, Long brandId, String brandName, String regex, List<String> mccIds,
                          BigDecimal confidence, Option<Instant> generatedAt) {
    }

    /** A legacy document that could not be read as JSON of that shape. */
    record Unreadable(String location, String reason) {
    }

    /** One batch in key order; {@code next} resumes after it. */
    record Batch(List<Either<Unreadable, LegacyMetadata>> documents, Option<String> next) {
    }

    /** Up to {@code limit} legacy metadata documents after the position {@code after} (none: from the start). */
    Either<Problem, Batch> metadata(Option<String> after, int limit);

    /** No legacy layout (a store that never had one). */
    LegacyBrandDocuments NONE = (after, limit) -> Either.right(new Batch(List.of(), Option.none()));
}
