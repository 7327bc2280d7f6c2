package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Doc;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** A table of single-row aggregates ({@code tenant, id, revision, doc}): create, conditional save, get, list, bulk create. */
final class VersionedRows<T> {

    private final CirclesDb db;
    private final String table;
    private final String kind;
    private final Function<T, String> id;
    private final Function<T, Revision> revision;
    private final BiFunction<T, Revision, T> withRevision;
    private final Function<T, Doc> toDoc;
    private final BiFunction<TenantId, Doc, T> fromDoc;

    VersionedRows(CirclesDb db, String table, String kind, Function<T, String> id, Function<T, Revision> revision,
                  BiFunction<T, Revision, T> withRevision, Function<T, Doc> toDoc, BiFunction<TenantId, Doc, T> fromDoc) {
        this.db = db;
        this.table = table;
        this.kind = kind;
        this.id = id;
        this.revision = revision;
        this.withRevision = withRevision;
        this.toDoc = toDoc;
        this.fromDoc = fromDoc;
    }

    private boolean insert(Handle h, TenantId tenant, T value) {
        return h.createUpdate("insert into " + table + " (tenant, id, revision, doc) values (:t, :id, 1, "
                        + "cast(:doc as jsonb)) on conflict do nothing")
                .bind("t", tenant.value()).bind("id", id.apply(value)).bind("doc", CirclesDb.json(toDoc.apply(value)))
                .execute() == 1;
    }

    Either<Problem, T> create(TenantId tenant, T value) {
        T stored = withRevision.apply(value, Revision.INITIAL);
        return db.guard(() -> db.jdbi.withHandle(h -> insert(h, tenant, stored) ? Either.right(stored)
                : Either.left(new Problem.AlreadyExists(kind, id.apply(value)))));
    }

    Either<Problem, T> save(TenantId tenant, T value) {
        Revision expected = revision.apply(value);
        T next = withRevision.apply(value, expected.next());
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            int rows = h.createUpdate("update " + table + " set revision = :next, doc = cast(:doc as jsonb) "
                            + "where tenant = :t and id = :id and revision = :rev")
                    .bind("t", tenant.value()).bind("id", id.apply(value)).bind("next", expected.next().value())
                    .bind("rev", expected.value()).bind("doc", CirclesDb.json(toDoc.apply(next))).execute();
            return rows == 1 ? Either.right(next) : Either.left(stored(h, tenant, id.apply(value))
                    .<Problem>map(s -> new Problem.Conflict(kind, id.apply(value), expected, revision.apply(s)))
                    .orElseGet(() -> new Problem.NotFound(kind, id.apply(value))));
        }));
    }

    Optional<T> stored(Handle h, TenantId tenant, String itemId) {
        return h.createQuery("select doc::text from " + table + " where tenant = :t and id = :id")
                .bind("t", tenant.value()).bind("id", itemId).mapTo(String.class).findOne()
                .map(json -> fromDoc.apply(tenant, CirclesDb.doc(json)));
    }

    Either<Problem, Option<T>> get(TenantId tenant, String itemId) {
        return db.guard(() -> Either.right(Option.ofOptional(db.jdbi.withHandle(h -> stored(h, tenant, itemId)))));
    }

    Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        String fingerprint = "circles." + kind + "s";
        return Keyset.after(db, page, tenant, fingerprint).flatMap(after -> db.guard(() -> {
            List<T> rows = db.jdbi.withHandle(h -> h.createQuery("select doc::text from " + table + " where tenant = :t "
                            + "and (cast(:after as text) is null or id > :after) order by id limit :n")
                    .bind("t", tenant.value()).bind("after", after).bind("n", page.limit() + 1)
                    .mapTo(String.class).list()).stream().map(json -> fromDoc.apply(tenant, CirclesDb.doc(json)))
                    .toList();
            return Either.right(Keyset.page(db, rows, id, page, tenant, fingerprint));
        }));
    }

    Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> values) {
        return db.guard(() -> db.jdbi.inTransaction(h -> {
            List<String> written = new ArrayList<>();
            Map<String, Problem> refused = new HashMap<>();
            for (T v : values) {
                if (insert(h, tenant, withRevision.apply(v, Revision.INITIAL))) {
                    written.add(id.apply(v));
                } else {
                    refused.put(id.apply(v), new Problem.AlreadyExists(kind, id.apply(v)));
                }
            }
            return Either.right(new BatchOutcome(written, refused));
        }));
    }
}
