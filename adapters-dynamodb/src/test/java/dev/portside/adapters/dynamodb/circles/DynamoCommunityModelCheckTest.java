package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.inmemory.circles.InMemoryBusinessRepository;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryResourceRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.testkit.circles.CommunityModelCheck;
import java.time.Clock;

/** The single-table adapter side by side with the in-memory reference. */
class DynamoCommunityModelCheckTest extends CommunityModelCheck {

    @Override
    protected Ports subject(Clock clock) {
        return DynamoCircles.ports(getClass(), clock);
    }

    @Override
    protected Ports reference(Clock clock) {
        InMemoryCircleRepository circles = new InMemoryCircleRepository(DynamoCircles.CODEC);
        return new Ports(new InMemoryMemberRepository(DynamoCircles.CODEC, circles), circles,
                new InMemoryStoryRepository(DynamoCircles.CODEC), new InMemoryBusinessRepository(DynamoCircles.CODEC),
                new InMemoryResourceRepository(DynamoCircles.CODEC), clock, IdGenerator.random());
    }
}
