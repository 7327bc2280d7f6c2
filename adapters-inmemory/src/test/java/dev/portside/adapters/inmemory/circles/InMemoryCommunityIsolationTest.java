package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.testkit.isolation.CommunityIsolationContract;

class InMemoryCommunityIsolationTest extends CommunityIsolationContract {

    private final InMemoryCircleRepository circles = new InMemoryCircleRepository(InMemoryCircles.CODEC);
    private final MemberRepository members = new InMemoryMemberRepository(InMemoryCircles.CODEC, circles);

    @Override
    protected MemberRepository members() {
        return members;
    }

    @Override
    protected CircleRepository circles() {
        return circles;
    }
}
