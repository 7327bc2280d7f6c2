package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;

/**
 * A request's payload or result: one well-formed JSON object of at most 256 KiB in UTF-8 (a result
 * at most 64 KiB, so payload and result fit together in one DynamoDB item of 400 KB).
 */
public record JsonPayload(String json) {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_RESULT_BYTES = 64 * 1024;
    public static final JsonPayload EMPTY = new JsonPayload("{}");

    public static Validation<Violation, JsonPayload> of(String field, String json) {
        return of(field, json, MAX_BYTES);
    }

    public static Validation<Violation, JsonPayload> of(String field, String json, int maxBytes) {
        if (json == null) {
            return Validation.invalid(Violation.of(field, null, "is required (a JSON object)"));
        }
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return Validation.invalid(Violation.of(field, json,
                    "must be at most " + maxBytes + " bytes of UTF-8 (got " + bytes + ")"));
        }
        Option<String> problem = JsonObjectSyntax.problemWith(json);
        return problem.isDefined()
                ? Validation.invalid(Violation.of(field, json, "is not a JSON object: " + problem.get()))
                : Validation.valid(new JsonPayload(json));
    }

    public static Validation<Violation, JsonPayload> of(String json) {
        return of("payload", json);
    }
}
