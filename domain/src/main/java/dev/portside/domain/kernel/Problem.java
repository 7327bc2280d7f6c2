package dev.portside.domain.kernel;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything a use case or a port can refuse, as data. Use cases return
 * {@code Either<Problem, T>} and never throw for an anticipated outcome.
 */
public sealed interface Problem {

    /** A human-readable, one-paragraph explanation. */
    String message();

    /** The input broke one or more rules; every violation is listed at once. */
    record Invalid(List<Violation> violations) implements Problem {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an Invalid problem needs at least one violation");
            }
        }

        public static Invalid of(Violation first, Violation... more) {
            List<Violation> all = new java.util.ArrayList<>();
            all.add(first);
            all.addAll(List.of(more));
            return new Invalid(all);
        }

        public static Invalid of(String field, Object rejected, String reason) {
            return new Invalid(List.of(Violation.of(field, rejected, reason)));
        }

        @Override
        public String message() {
            return violations.size() + " invalid field" + (violations.size() == 1 ? "" : "s") + ": "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        }
    }

    /** The addressed item does not exist (for this tenant). */
    record NotFound(String kind, String id) implements Problem {
        @Override
        public String message() {
            return kind + " " + id + " was not found";
        }
    }

    /** An item with this key exists already. */
    record AlreadyExists(String kind, String id) implements Problem {
        @Override
        public String message() {
            return kind + " " + id + " already exists";
        }
    }

    /** An optimistic-lock failure: the caller held {@code expected}, the store has {@code actual}. */
    record Conflict(String kind, String id, Revision expected, Revision actual) implements Problem {
        @Override
        public String message() {
            if (expected.equals(actual)) {
                return kind + " " + id + " conflicts with the stored one (revision " + actual.value() + ")";
            }
            return kind + " " + id + " was changed concurrently: expected revision " + expected.value()
                    + " but the stored revision is " + (actual == null ? "none (deleted)" : actual.value());
        }
    }

    /** A domain rule refused the operation. */
    record Rejected(String rule, String reason) implements Problem {
        public Rejected {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String message() {
            return reason + " [" + rule + "]";
        }
    }

    /** Infrastructure could not answer; {@code retriable} when trying again may succeed. */
    record Unavailable(String backend, boolean retriable, String cause) implements Problem {
        @Override
        public String message() {
            return backend + " is unavailable" + (retriable ? " (retriable)" : "") + ": " + cause;
        }
    }
}
