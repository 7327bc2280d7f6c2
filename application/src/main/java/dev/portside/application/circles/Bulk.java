package dev.portside.application.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A bulk command's shared steps: each of at most 1000 items is checked on its own (all its violations), an item
 * repeating a key of an earlier one is refused with AlreadyExists, the rest go to one port call, and every item
 * not written is reported by its position in the command.
 */
final class Bulk {

    static final int MAX_BATCH = 1000;

    private Bulk() {
    }

    /** Parses one command into an item, or returns null with its violations added to {@code checks}. */
    @FunctionalInterface
    interface Parser<C, T> {
        T parse(Checks checks, TenantId tenant, C command);
    }

    @FunctionalInterface
    interface Writer<T> {
        Either<Problem, BatchOutcome> write(TenantId tenant, List<T> items);
    }

    /** A key no two items of one command may share; the first key is the id the port reports by. */
    record Key<T>(String kind, Function<T, String> of) {
    }

    static <C, T> Either<Problem, ImportReport> run(String tenantValue, List<C> commands, Parser<C, T> parser,
                                                    List<Key<T>> keys, Writer<T> writer) {
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(tenantValue);
        checks.require(commands != null && commands.size() <= MAX_BATCH, "items",
                commands == null ? null : commands.size(), "must be a list of at most " + MAX_BATCH);
        if (!checks.ok()) {
            return checks.build(() -> null);
        }
        Map<Integer, Problem> refused = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Set<String>> taken = keys.stream().map(k -> (Set<String>) new HashSet<String>()).toList();
        List<T> valid = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Checks one = Checks.start();
            C command = commands.get(i);
            T item = command == null ? null : parser.parse(one, tenant, command);
            one.require(command != null, "items[" + i + "]", null, "is required");
            if (!one.ok()) {
                refused.put(i, new Problem.Invalid(one.violations()));
                continue;
            }
            Problem duplicate = null;
            for (int k = 0; k < keys.size() && duplicate == null; k++) {
                String value = keys.get(k).of().apply(item);
                if (taken.get(k).contains(value)) {
                    duplicate = new Problem.AlreadyExists(keys.get(k).kind(), value);
                }
            }
            if (duplicate != null) {
                refused.put(i, duplicate);
                continue;
            }
            for (int k = 0; k < keys.size(); k++) {
                taken.get(k).add(keys.get(k).of().apply(item));
            }
            positions.put(keys.get(0).of().apply(item), i);
            valid.add(item);
        }
        Either<Problem, BatchOutcome> outcome = valid.isEmpty()
                ? Either.right(new BatchOutcome(List.of(), Map.of())) : writer.write(tenant, valid);
        return outcome.map(o -> {
            o.refused().forEach((id, problem) -> refused.put(positions.get(id), problem));
            return new ImportReport(o.written(), refused);
        });
    }
}
