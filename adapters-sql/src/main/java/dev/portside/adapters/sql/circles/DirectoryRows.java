package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Doc;
import dev.portside.adapters.sql.support.Batches;
import dev.portside.adapters.sql.support.Columns;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.RevisionedWrites;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.DirectoryRepository;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A directory (businesses, resources) in its own table ({@code tenant, id, revision, doc}), one jsonb document per
 * row: created {@code ON CONFLICT DO NOTHING}, saved {@code WHERE revision = ?}, listed by id.
 */
abstract class DirectoryRows<T extends TenantOwned, I> implements DirectoryRepository<T, I> {

    /** How a directory's entries map to its table. */
    record Mapping<T>(String table, String kind, Function<T, String> id, Function<T, Revision> revision,
                      BiFunction<T, Revision, T> withRevision, Function<T, Doc> toDoc,
                      BiFunction<TenantId, Doc, T> fromDoc) {
    }

    private static final Columns COLUMNS = Columns.key("tenant", "id").and("revision", "doc::jsonb");

    private final CirclesDb db;
    private final Mapping<T> mapping;
    private final Function<I, String> idValue;
    private final RevisionedWrites writes;

    DirectoryRows(CirclesDb db, Mapping<T> mapping, Function<I, String> idValue) {
        this.db = db;
        this.mapping = mapping;
        this.idValue = idValue;
        this.writes = RevisionedWrites.on(mapping.kind(), mapping.table(), COLUMNS).goneIsNotFound();
    }

    private <S extends SqlStatement<S>> S bind(S statement, T entry) {
        return statement.bind("tenant", entry.tenant().value()).bind("id", mapping.id().apply(entry))
                .bind("revision", mapping.revision().apply(entry).value())
                .bind("doc", CirclesDb.json(mapping.toDoc().apply(entry)));
    }

    @Override
    public Either<Problem, T> create(T entry) {
        T stored = mapping.withRevision().apply(entry, Revision.INITIAL);
        return db.guard.handle("create " + mapping.kind(), h -> writes.insert(h, mapping.id().apply(entry),
                q -> bind(q, stored)).map(r -> stored));
    }

    @Override
    public Either<Problem, T> save(T entry) {
        Revision expected = mapping.revision().apply(entry);
        T next = mapping.withRevision().apply(entry, expected.next());
        return db.guard.transaction("save " + mapping.kind(), h -> writes.update(h, mapping.id().apply(entry),
                expected, q -> bind(q, next)).map(r -> next));
    }

    @Override
    public Either<Problem, I> delete(TenantId tenant, I id, Revision expected) {
        return db.rerunnable.transaction("delete " + mapping.kind(), h -> writes.delete(h, idValue.apply(id), expected,
                q -> q.bind("tenant", tenant.value()).bind("id", idValue.apply(id))).map(r -> id));
    }

    @Override
    public Either<Problem, Option<T>> get(TenantId tenant, I id) {
        return db.guard.read("get " + mapping.kind(), h -> Option.ofOptional(h.createQuery(
                        "SELECT doc::text AS doc FROM " + mapping.table() + " WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", idValue.apply(id))
                .map(CirclesDb.rows(tenant, mapping.fromDoc())).findOne()));
    }

    @Override
    public Either<Problem, Page<T>> list(TenantId tenant, PageRequest page) {
        return db.pager.page(tenant, "circles." + mapping.kind() + "s", page,
                "SELECT doc::text AS doc FROM " + mapping.table() + " WHERE tenant = :tenant", q -> q,
                Keyset.ascending(Keyset.Key.text("id", mapping.id())), CirclesDb.rows(tenant, mapping.fromDoc()));
    }

    @Override
    public Either<Problem, BatchOutcome> createAll(TenantId tenant, List<T> entries) {
        Map<String, Problem> refused = new HashMap<>();
        List<T> fresh = Batches.ofTenant(tenant, entries, mapping.id(), refused).stream()
                .map(e -> mapping.withRevision().apply(e, Revision.INITIAL)).toList();
        return db.guard.transaction("create " + mapping.kind() + "s", h -> {
            int[] inserted = Batches.prepared(h, "INSERT INTO " + mapping.table() + " (" + COLUMNS.names() + ") VALUES ("
                    + COLUMNS.parameters() + ") ON CONFLICT DO NOTHING", fresh, Batches.CHUNK, this::bind);
            List<String> written = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                String id = mapping.id().apply(fresh.get(i));
                if (inserted[i] == 1) {
                    written.add(id);
                } else {
                    refused.put(id, new Problem.AlreadyExists(mapping.kind(), id));
                }
            }
            return Either.right(new BatchOutcome(written, refused));
        });
    }
}
