package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;

/** The id of a escalation document, issued by the registry; it starts with its issue day. */
public record EscalationId(String value) {

    public static EscalationId issue(LocalDate day, String token) {
        return new EscalationId(DayStampedId.issue(day, token));
    }

    public static Validation<Violation, EscalationId> of(String value) {
        return DayStampedId.check("escalationId", value).map(EscalationId::new);
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
