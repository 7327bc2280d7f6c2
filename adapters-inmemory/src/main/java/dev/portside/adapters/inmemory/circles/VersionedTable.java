package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A per-tenant table of immutable aggregates keyed by id, with the create/save revision rules; callers lock. */
final class VersionedTable<T> {

    private final String kind;
    private final Function<T, String> id;
    private final Function<T, Revision> revision;
    private final BiFunction<T, Revision, T> withRevision;
    private final Map<TenantId, TreeMap<String, T>> rows = new HashMap<>();

    VersionedTable(String kind, Function<T, String> id, Function<T, Revision> revision,
                   BiFunction<T, Revision, T> withRevision) {
        this.kind = kind;
        this.id = id;
        this.revision = revision;
        this.withRevision = withRevision;
    }

    String id(T item) {
        return id.apply(item);
    }

    TreeMap<String, T> rows(TenantId tenant) {
        return rows.computeIfAbsent(tenant, t -> new TreeMap<>());
    }

    Either<Problem, T> create(TenantId tenant, T item) {
        String key = id.apply(item);
        if (rows(tenant).containsKey(key)) {
            return Either.left(new Problem.AlreadyExists(kind, key));
        }
        T stored = withRevision.apply(item, Revision.INITIAL);
        rows(tenant).put(key, stored);
        return Either.right(stored);
    }

    Either<Problem, T> save(TenantId tenant, T item) {
        String key = id.apply(item);
        T current = rows(tenant).get(key);
        if (current == null) {
            return Either.left(new Problem.NotFound(kind, key));
        }
        if (!revision.apply(current).equals(revision.apply(item))) {
            return Either.left(new Problem.Conflict(kind, key, revision.apply(item), revision.apply(current)));
        }
        T stored = withRevision.apply(item, revision.apply(item).next());
        rows(tenant).put(key, stored);
        return Either.right(stored);
    }

    Option<T> get(TenantId tenant, String key) {
        return Option.of(rows(tenant).get(key));
    }

    BatchOutcome createAll(TenantId tenant, List<T> items) {
        List<String> written = new ArrayList<>();
        Map<String, Problem> refused = new HashMap<>();
        for (T item : items) {
            create(tenant, item).fold(p -> refused.put(id.apply(item), p), ok -> written.add(id.apply(item)));
        }
        return new BatchOutcome(written, refused);
    }
}
