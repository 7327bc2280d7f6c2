package dev.portside.bootstrap.spi;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The steps of one context's walk in {@code portside demo}. Each step says what it expects: {@link #ok} a
 * success, {@link #refused} a refusal of one kind, which is what that step demonstrates. A step that ends
 * otherwise (a backend that is down, a missing credential, a rule that no longer holds) is a failure: it
 * is printed as one line, it stops the walk of that context (its later steps build on it), and the demo
 * exits non-zero.
 */
public final class DemoSteps {

    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private String context = "";

    public DemoSteps(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Where a context prints lines that are not steps. */
    public PrintStream out() {
        return out;
    }

    /** A step that should succeed: prints what it did and returns its value; a problem stops the walk. */
    public <T> T ok(String step, Either<Problem, T> result, Function<? super T, String> show) {
        if (result.isLeft()) {
            throw fail(step, "refused: " + result.getLeft().message());
        }
        out.println("  " + step + " -> " + show.apply(result.get()));
        return result.get();
    }

    /**
     * A step whose refusal is the point of it: it must be answered with a problem of {@code expected}. Any
     * other answer, a success included, stops the walk.
     */
    public void refused(String step, Either<Problem, ?> result, Class<? extends Problem> expected) {
        if (result.isRight()) {
            throw fail(step, "accepted, but the demo expected a refusal (" + kind(expected) + ")");
        }
        Problem problem = result.getLeft();
        if (!expected.isInstance(problem)) {
            throw fail(step, "refused: " + problem.message());
        }
        out.println("  " + step + " -> refused as expected (" + kind(expected) + "): " + problem.message());
    }

    /** The failed steps so far, one line each: {@code context: step: what happened}. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Runs one context's walk; a failed step ends it, the failure is kept, and the next context goes on. */
    public void walk(String contextName, Runnable walk) {
        context = contextName;
        try {
            walk.run();
        } catch (Stopped stopped) {
            out.println("  (the " + contextName + " walk stopped here)");
        } catch (RuntimeException unexpected) {
            String line = contextName + ": " + unexpected.getClass().getSimpleName()
                    + (unexpected.getMessage() == null ? "" : ": " + firstLine(unexpected.getMessage()));
            failures.add(line);
            out.println("  FAILED " + line);
        }
    }

    private Stopped fail(String step, String what) {
        String line = context + ": " + step + ": " + what;
        failures.add(line);
        out.println("  " + step + " -> FAILED, " + what);
        return new Stopped();
    }

    private static String kind(Class<? extends Problem> kind) {
        return kind.getSimpleName();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** Ends a walk at its first failed step; {@link #walk} catches it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
