package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.isolation.CircleDirectoryIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCircleDirectoryIsolationTest extends CircleDirectoryIsolationContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected StoryRepository stories() {
        return new PostgresStoryRepository(PostgresCircles.db(getClass()));
    }

    @Override
    protected BusinessRepository businesses() {
        return new PostgresBusinessRepository(PostgresCircles.db(getClass()));
    }

    @Override
    protected ResourceRepository resources() {
        return new PostgresResourceRepository(PostgresCircles.db(getClass()));
    }
}
