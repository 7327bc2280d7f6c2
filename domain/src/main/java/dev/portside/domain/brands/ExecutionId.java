package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;

/** The id of a execution document, issued by the registry; it starts with its issue day. */
public record ExecutionId(String value) {

    public static ExecutionId issue(LocalDate day, String token) {
        return new ExecutionId(DayStampedId.issue(day, token));
    }

    public static Validation<Violation, ExecutionId> of(String value) {
        return DayStampedId.check("executionId", value).map(ExecutionId::new);
    }

    /** The day the id was issued: the document's date partition. */
    public LocalDate day() {
        return DayStampedId.day(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
