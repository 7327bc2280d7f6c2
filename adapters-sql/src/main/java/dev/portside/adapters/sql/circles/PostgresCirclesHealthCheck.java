package dev.portside.adapters.sql.circles;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;

/** Probes PostgreSQL for the community tables: they must exist and answer a count. */
public final class PostgresCirclesHealthCheck implements HealthCheck {

    private final CirclesDb db;

    public PostgresCirclesHealthCheck(CirclesDb db) {
        this.db = db;
    }

    @Override
    public String name() {
        return "circles: postgres";
    }

    @Override
    public Either<Problem, String> check() {
        return db.guard(() -> Either.right(db.jdbi.withHandle(h -> h.createQuery("select count(*) from circles_circles")
                .mapTo(Long.class).one()) + " circles"));
    }
}
