package dev.portside.domain.brands;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Documents the source system wrote in its original layout, with no tenant, read in key order for the layout
 * migration: {@code metadata/brand_<id>.json}, {@code feedback/brand_<id>_<uuid>.json},
 * {@code workflow-executions/<execution id>.json} and {@code escalations/brand_<id>_<uuid>.json}. Values come as
 * written, unchecked: the registry validates them like any input. {@code location} names the document's origin
 * (unique and stable, the registry derives the migrated document's id from it).
 */
public interface LegacyBrandDocuments {

    /** One legacy metadata document as written: raw values, any of them possibly missing (null). */
    record LegacyMetadata(String location, Long brandId, String brandName, String regex, List<String> mccIds,
                          BigDecimal confidence, Option<Instant> generatedAt) {
    }

    /**
     * One legacy feedback document: {@code brandid}, {@code feedback_text}, {@code category} (lower case in the
     * original), and {@code submittedAt}, its {@code submitted_at} or, missing, when the document was written.
     */
    record LegacyFeedback(String location, Long brandId, String text, String category, Instant submittedAt) {
    }

    /**
     * One legacy workflow execution: {@code execution_arn} (may be null), {@code brandid}, {@code status},
     * {@code duration_seconds} (may be null) and {@code startedAt}, its {@code start_time} or, missing, when the
     * document was written.
     */
    record LegacyExecution(String location, String arn, Long brandId, String status, Long durationSeconds,
                           Instant startedAt) {
    }

    /**
     * One legacy escalation: {@code brandid}, {@code brandname}, {@code reason}, {@code confidence_score},
     * {@code status} (may be null) and {@code escalatedAt}, its {@code escalated_at} or, missing, when the document
     * was written.
     */
    record LegacyEscalation(String location, Long brandId, String brandName, String reason, BigDecimal confidence,
                            String status, Instant escalatedAt) {
    }

    /** A legacy document that could not be read as JSON of its shape. */
    record Unreadable(String location, String reason) {
    }

    /** One batch in key order; {@code next} resumes after it. */
    record Batch<T>(List<Either<Unreadable, T>> documents, Option<String> next) {
    }

    /** Up to {@code limit} legacy metadata documents after the position {@code after} (none: from the start). */
    Either<Problem, Batch<LegacyMetadata>> metadata(Option<String> after, int limit);

    /** Up to {@code limit} legacy feedback documents after {@code after}. */
    Either<Problem, Batch<LegacyFeedback>> feedback(Option<String> after, int limit);

    /** Up to {@code limit} legacy workflow executions after {@code after}. */
    Either<Problem, Batch<LegacyExecution>> executions(Option<String> after, int limit);

    /** Up to {@code limit} legacy escalations after {@code after}. */
    Either<Problem, Batch<LegacyEscalation>> escalations(Option<String> after, int limit);

    /** No legacy layout (a store that never had one). */
    LegacyBrandDocuments NONE = new LegacyBrandDocuments() {
        @Override
        public Either<Problem, Batch<LegacyMetadata>> metadata(Option<String> after, int limit) {
            return Either.right(new Batch<>(List.of(), Option.none()));
        }

        @Override
        public Either<Problem, Batch<LegacyFeedback>> feedback(Option<String> after, int limit) {
            return Either.right(new Batch<>(List.of(), Option.none()));
        }

        @Override
        public Either<Problem, Batch<LegacyExecution>> executions(Option<String> after, int limit) {
            return Either.right(new Batch<>(List.of(), Option.none()));
        }

        @Override
        public Either<Problem, Batch<LegacyEscalation>> escalations(Option<String> after, int limit) {
            return Either.right(new Batch<>(List.of(), Option.none()));
        }
    };
}
