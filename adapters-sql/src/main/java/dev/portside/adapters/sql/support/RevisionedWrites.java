package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import io.vavr.control.Either;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Revision-checked writes on one table whose rows carry a {@code revision} column. An insert on an existing key is
 * {@link Problem.AlreadyExists}; an update or delete runs {@code WHERE revision = :expected} in one statement that
 * also locks and reads the row's actual revision ({@code SELECT ... FOR UPDATE} in a CTE), so a stale write is
 * {@link Problem.Conflict} with the revision that refused it (null when the row is gone), never a second racy read.
 */
public final class RevisionedWrites {

    private final String kind;
    private final String table;
    private final String key;
    private final boolean goneIsNotFound;

    private RevisionedWrites(String kind, String table, String key, boolean goneIsNotFound) {
        this.kind = kind;
        this.table = table;
        this.key = key;
        this.goneIsNotFound = goneIsNotFound;
    }

    /** Writes on {@code table}, whose rows {@code key} (e.g. {@code "tenant = :tenant AND id = :id"}) addresses. */
    public static RevisionedWrites on(String kind, String table, String key) {
        return new RevisionedWrites(kind, table, key, false);
    }

    /** The same writes, where updating a row that is gone is {@link Problem.NotFound} rather than a conflict. */
    public RevisionedWrites goneIsNotFound() {
        return new RevisionedWrites(kind, table, key, true);
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (values) ON CONFLICT DO NOTHING}; {@code bind} binds the values.
     * The revision stored, or AlreadyExists.
     */
    public Either<Problem, Revision> insert(Handle h, String id, String columns, String values,
                                            UnaryOperator<Query> bind) {
        return bind.apply(h.createQuery("INSERT INTO " + table + " (" + columns + ") VALUES (" + values
                        + ") ON CONFLICT DO NOTHING RETURNING revision")).mapTo(Long.class).findOne()
                .<Either<Problem, Revision>>map(r -> Either.right(new Revision(r)))
                .orElseGet(() -> Either.left(new Problem.AlreadyExists(kind, id)));
    }

    /**
     * {@code UPDATE table SET assignments WHERE key AND revision = :expected}: the assignments set the row's new
     * revision; {@code bind} binds the key and the assignments. The revision written, or the conflict.
     */
    public Either<Problem, Revision> update(Handle h, String id, String assignments, Revision expected,
                                            UnaryOperator<Query> bind) {
        return checked(h, id, "UPDATE " + table + " SET " + assignments, expected, bind);
    }

    /** {@code DELETE FROM table WHERE key AND revision = :expected}; {@code bind} binds the key. */
    public Either<Problem, Revision> delete(Handle h, String id, Revision expected, UnaryOperator<Query> bind) {
        return checked(h, id, "DELETE FROM " + table, expected, bind);
    }

    private Either<Problem, Revision> checked(Handle h, String id, String write, Revision expected,
                                              UnaryOperator<Query> bind) {
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
        if (outcome.actual() == null && goneIsNotFound) {
            return Either.left(new Problem.NotFound(kind, id));
        }
        return Either.left(new Problem.Conflict(kind, id, expected,
                outcome.actual() == null ? null : new Revision(outcome.actual())));
    }

    private record Outcome(Long written, Long actual) {
    }
}
