package dev.portside.testkit.faults;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs the same operations on a port under faults and on its in-memory model, and checks what a fault property
 * promises: every answer equals the model's, except a retriable or not {@link Problem.Unavailable}, after which
 * the slot it wrote (one aggregate, say) may stand as before or as written once, and is left alone for the rest of
 * the run; once the faults stop, every slot stands as the model's (or, if unsettled, as one of its two states).
 * An acknowledged write lost, one applied twice, an exception or a call past the deadline is a violation.
 *
 * @param <P> the port (or a record of the ports of one family)
 */
public final class SideBySide<P> {

    /**
     * One operation on slot {@code slot}, prepared from the model's state before it runs (so both sides get the
     * same input, e.g. the revision the model holds).
     */
    public record Step<P>(String name, String slot, Function<P, Function<P, Either<Problem, ?>>> prepare) {
    }

    private final FaultyRun run;
    private final FaultInjector injector;
    private final P model;
    private final P subject;
    private final BiFunction<P, String, Object> state;
    private final Map<String, Set<Object>> unsettled = new LinkedHashMap<>();
    private final Set<String> slots = new HashSet<>();
    private final List<String> log = new ArrayList<>();

    /** @param state the state of a slot as a port reports it (a find, read with the faults stopped or not) */
    public SideBySide(FaultyRun run, FaultInjector injector, P model, P subject, BiFunction<P, String, Object> state) {
        this.run = run;
        this.injector = injector;
        this.model = model;
        this.subject = subject;
        this.state = state;
    }

    /** Runs the steps under the injector's faults, then stops them and compares every slot. */
    public void run(List<Step<P>> steps) {
        injector.start();
        for (Step<P> step : steps) {
            slots.add(step.slot());
            if (unsettled.containsKey(step.slot())) {
                continue;
            }
            Object before = state.apply(model, step.slot());
            Function<P, Either<Problem, ?>> call = step.prepare().apply(model);
            Either<Problem, ?> expected = call.apply(model);
            Either<Problem, ?> actual = run.call(step.name(), () -> call.apply(subject));
            log.add(step.name() + " -> " + (actual.isLeft() ? actual.getLeft() : "ok"));
            if (actual.isLeft() && actual.getLeft() instanceof Problem.Unavailable) {
                Set<Object> allowed = new HashSet<>();
                allowed.add(before);
                allowed.add(state.apply(model, step.slot()));
                unsettled.put(step.slot(), allowed);
            } else if (!actual.equals(expected)) {
                run.violation(step.name() + ": answered " + actual + " where the model answered " + expected);
            }
        }
        injector.stop();
        for (String slot : slots) {
            Object stored = state.apply(subject, slot);
            Set<Object> allowed = unsettled.getOrDefault(slot, Set.of(state.apply(model, slot)));
            if (!allowed.contains(stored)) {
                run.violation(slot + " is " + stored + ", expected one of " + allowed + " after " + log);
            }
        }
        run.verify();
    }
}
