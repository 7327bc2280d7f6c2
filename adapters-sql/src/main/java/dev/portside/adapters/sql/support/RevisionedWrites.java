package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Revision-checked writes on one table whose rows carry a {@code revision} column. An insert on an existing key is
 * {@link Problem.AlreadyExists}; an update or delete runs {@code WHERE revision = :expected} in one statement that
 * also locks and reads the row's actual revision ({@code SELECT ... FOR UPDATE} in a CTE), so a stale write is
 * {@link Problem.Conflict} with the revision that refused it (null when the row is gone), never a second racy read.
 * <p>On a {@link Guard#rerun} (the first run's commit may have landed) a write recognises its own: an insert or a full
 * update that finds exactly its values stored, or a delete that finds the row gone, answers as if it had just written.
 */
public final class RevisionedWrites {

    private final String kind;
    private final String table;
    private final Columns columns;
    private final String key;
    private final boolean goneIsNotFound;

    private RevisionedWrites(String kind, String table, Columns columns, boolean goneIsNotFound) {
        this.kind = kind;
        this.table = table;
        this.columns = columns;
        this.goneIsNotFound = goneIsNotFound;
        this.key = columns.where();
    }

    /** Writes of {@code kind} on {@code table}, whose key and other columns (one being {@code revision}) are given. */
    public static RevisionedWrites on(String kind, String table, Columns columns) {
        return new RevisionedWrites(kind, table, columns, false);
    }

    /** The same writes, where updating a row that is gone is {@link Problem.NotFound} rather than a conflict. */
    public RevisionedWrites goneIsNotFound() {
        return new RevisionedWrites(kind, table, columns, true);
    }

    /**
     * {@code INSERT ... ON CONFLICT DO NOTHING} of every column; {@code bind} binds them. The revision stored, or
     * AlreadyExists.
     */
    public Either<Problem, Revision> insert(Handle h, String id, UnaryOperator<Query> bind) {
        return bind.apply(h.createQuery("INSERT INTO " + table + " (" + columns.names() + ") VALUES ("
                        + columns.parameters() + ") ON CONFLICT DO NOTHING RETURNING revision")).mapTo(Long.class)
                .findOne().<Either<Problem, Revision>>map(r -> Either.right(new Revision(r)))
                .orElseGet(() -> Guard.rerun(h) && holds(h, bind) ? Either.right(Revision.INITIAL)
                        : Either.left(new Problem.AlreadyExists(kind, id)));
    }

    /** Whether the row under the key holds exactly the values {@code bind} binds to every column. */
    public boolean holds(Handle h, UnaryOperator<Query> bind) {
        Map<String, String> types = h.createQuery("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = cast(:table AS regclass) AND attnum > 0 AND NOT attisdropped")
                .bind("table", table).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return bind.apply(h.createQuery("SELECT count(*) FROM " + table + " WHERE " + key + " AND "
                + columns.holding(types))).mapTo(Long.class).one() == 1;
    }

    /**
     * {@code UPDATE table SET <every column outside the key> WHERE key AND revision = :expected}; {@code bind} binds
     * every column, the row's new revision among them. The revision written, or the conflict.
     */
    public Either<Problem, Revision> update(Handle h, String id, Revision expected, UnaryOperator<Query> bind) {
        return checked(h, id, "UPDATE " + table + " SET " + columns.assignments(), expected, bind, Mine.HOLDS);
    }

    /** The same update of these {@code assignments} only (they set the new revision too). */
    public Either<Problem, Revision> update(Handle h, String id, String assignments, Revision expected,
                                            UnaryOperator<Query> bind) {
        return checked(h, id, "UPDATE " + table + " SET " + assignments, expected, bind, Mine.NEVER);
    }

    /** {@code DELETE FROM table WHERE key AND revision = :expected}; {@code bind} binds the key. */
    public Either<Problem, Revision> delete(Handle h, String id, Revision expected, UnaryOperator<Query> bind) {
        return checked(h, id, "DELETE FROM " + table, expected, bind, Mine.GONE);
    }

    /** How a rerun recognises the write its first run may have committed. */
    private enum Mine { HOLDS, GONE, NEVER }

    private Either<Problem, Revision> checked(Handle h, String id, String write, Revision expected,
                                              UnaryOperator<Query> bind, Mine mine) {
        Query query = h.createQuery("WITH actual AS (SELECT revision FROM " + table + " WHERE " + key + " FOR UPDATE), "
                + "written AS (" + write + " WHERE " + key + " AND revision = :expected RETURNING revision) "
                + "SELECT (SELECT revision FROM written) AS written, (SELECT revision FROM actual) AS actual")
                .bind("expected", expected.value());
        Outcome outcome = bind.apply(query).map((rs, ctx) -> new Outcome(
                rs.getObject("written") == null ? null : rs.getLong("written"),
                rs.getObject("actual") == null ? null : rs.getLong("actual"))).one();
        if (outcome.written() != null) {
            return Either.right(new Revision(outcome.written()));
        }
        if (Guard.rerun(h) && recognised(h, expected, outcome.actual(), bind, mine)) {
            return Either.right(mine == Mine.GONE ? expected : new Revision(outcome.actual()));
        }
        if (outcome.actual() == null && goneIsNotFound) {
            return Either.left(new Problem.NotFound(kind, id));
        }
        return Either.left(new Problem.Conflict(kind, id, expected,
                outcome.actual() == null ? null : new Revision(outcome.actual())));
    }

    private boolean recognised(Handle h, Revision expected, Long actual, UnaryOperator<Query> bind, Mine mine) {
        return switch (mine) {
            case GONE -> actual == null;
            case HOLDS -> actual != null && actual == expected.next().value() && holds(h, bind);
            case NEVER -> false;
        };
    }

    private record Outcome(Long written, Long actual) {
    }
}
