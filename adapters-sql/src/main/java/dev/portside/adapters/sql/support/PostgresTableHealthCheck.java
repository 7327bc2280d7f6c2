package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import org.jdbi.v3.core.Jdbi;

/**
 * Probes that PostgreSQL answers and a context's main table exists, reporting its estimated row count (from the
 * planner's statistics, so the probe stays cheap on a large table).
 */
public final class PostgresTableHealthCheck implements HealthCheck {

    private final String name;
    private final Jdbi jdbi;
    private final String table;

    public PostgresTableHealthCheck(String name, Jdbi jdbi, String table) {
        this.name = name;
        this.jdbi = jdbi;
        this.table = table;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Either<Problem, String> check() {
        return Guard.postgres(jdbi).handle("probe table " + table, h -> h.createQuery(
                        "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(:t)")
                .bind("t", table).mapTo(Long.class).findOne()
                .<Either<Problem, String>>map(rows -> Either.right("table " + table + " present (~" + Math.max(rows, 0)
                        + " rows)"))
                .orElseGet(() -> Either.left(new Problem.Unavailable("postgres", false,
                        "table " + table + " is missing; run setup"))));
    }
}
