package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.testkit.circles.CircleRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCircleRepositoryTest extends CircleRepositoryContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected CircleRepository repository() {
        return new PostgresCircleRepository(PostgresCircles.db(getClass()));
    }
}
