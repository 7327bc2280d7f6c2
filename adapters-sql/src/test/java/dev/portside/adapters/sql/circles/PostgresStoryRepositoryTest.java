package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.circles.StoryRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStoryRepositoryTest extends StoryRepositoryContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected StoryRepository repository() {
        return new PostgresStoryRepository(PostgresCircles.db(getClass()));
    }
}
