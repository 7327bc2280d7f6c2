package dev.portside.adapters.sql.circles;

import dev.portside.adapters.inmemory.circles.InMemoryBusinessRepository;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryResourceRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.testkit.circles.CommunityModelCheck;
import java.time.Clock;

/** The PostgreSQL adapter side by side with the in-memory reference. */
class PostgresCommunityModelCheckTest extends CommunityModelCheck {

    @Override
    protected Ports subject(Clock clock) {
        return PostgresCircles.ports(getClass(), clock);
    }

    @Override
    protected Ports reference(Clock clock) {
        InMemoryCircleRepository circles = new InMemoryCircleRepository(PostgresCircles.CODEC);
        return new Ports(new InMemoryMemberRepository(PostgresCircles.CODEC, circles), circles,
                new InMemoryStoryRepository(PostgresCircles.CODEC), new InMemoryBusinessRepository(PostgresCircles.CODEC),
                new InMemoryResourceRepository(PostgresCircles.CODEC), clock, IdGenerator.random());
    }
}
