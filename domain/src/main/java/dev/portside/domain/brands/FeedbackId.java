package dev.portside.domain.brands;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;
import java.time.LocalDate;

/** The id of a feedback document, issued by the registry; it starts with its issue day. */
public record FeedbackId(String value) {

    public static FeedbackId issue(LocalDate day, String token) {
        return new FeedbackId(DayStampedId.issue(day, token));
    }

    public static Validation<Violation, FeedbackId> of(String value) {
        return DayStampedId.check("feedbackId", value).map(FeedbackId::new);
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
