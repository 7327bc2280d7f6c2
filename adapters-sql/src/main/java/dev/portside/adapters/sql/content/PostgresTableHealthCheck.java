package dev.portside.adapters.sql.content;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import org.jdbi.v3.core.Jdbi;

/** Probes that PostgreSQL answers and an adapter's table exists, reporting its estimated row count. */
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
        return SqlCalls.guard(() -> {
            Long rows = jdbi.withHandle(h -> h.createQuery("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(:t)")
                    .bind("t", table).mapTo(Long.class).findOne().orElse(null));
            return rows == null ? Either.left(new Problem.Unavailable("postgres", false, "table " + table + " is missing; run setup"))
                    : Either.right("table " + table + " present (~" + Math.max(rows, 0) + " rows)");
        });
    }
}
