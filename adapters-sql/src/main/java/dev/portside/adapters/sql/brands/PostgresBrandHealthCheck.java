package dev.portside.adapters.sql.brands;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Probes the brand tables: counts metadata rows (an index-only scan on an empty or small table). */
public final class PostgresBrandHealthCheck implements HealthCheck {

    private final Jdbi jdbi;

    public PostgresBrandHealthCheck(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String name() {
        return "brands: postgres";
    }

    @Override
    public Either<Problem, String> check() {
        try {
            long rows = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM brand_metadata").mapTo(Long.class).one());
            return Either.right(rows + " brand metadata rows");
        } catch (JdbiException e) {
            return Either.left(new Problem.Unavailable("postgres", true, "brand tables unreachable: "
                    + e.getClass().getSimpleName()));
        }
    }
}
