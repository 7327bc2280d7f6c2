package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.circles.CommunityDeletionContract;
import java.time.Clock;

class InMemoryCommunityDeletionTest extends CommunityDeletionContract {

    private final Ports ports = InMemoryCircles.ports(Clock.systemUTC());

    @Override
    protected MemberRepository members() {
        return ports.members();
    }

    @Override
    protected CircleRepository circles() {
        return ports.circles();
    }

    @Override
    protected StoryRepository stories() {
        return ports.stories();
    }

    @Override
    protected BusinessRepository businesses() {
        return ports.businesses();
    }

    @Override
    protected ResourceRepository resources() {
        return ports.resources();
    }
}
