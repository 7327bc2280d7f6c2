package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.testkit.circles.MarketRepositoriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMarketRepositoriesTest extends MarketRepositoriesContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected BusinessRepository businesses() {
        return new PostgresBusinessRepository(PostgresCircles.db(getClass()));
    }

    @Override
    protected ResourceRepository resources() {
        return new PostgresResourceRepository(PostgresCircles.db(getClass()));
    }
}
