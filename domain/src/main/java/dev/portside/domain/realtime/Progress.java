package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Violation;
import io.vavr.control.Validation;

/** How far a request has come, in percent: 0..100. */
public record Progress(int percent) implements Comparable<Progress> {

    public static final Progress NONE = new Progress(0);
    public static final Progress DONE = new Progress(100);

    public static Validation<Violation, Progress> of(int percent) {
        if (percent < 0 || percent > 100) {
            return Validation.invalid(Violation.of("progress", percent, "must be between 0 and 100"));
        }
        return Validation.valid(new Progress(percent));
    }

    @Override
    public int compareTo(Progress other) {
        return Integer.compare(percent, other.percent);
    }
}
