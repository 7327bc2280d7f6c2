package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.MemberRepository;
import dev.portside.testkit.circles.MemberRepositoryContract;

class InMemoryMemberRepositoryTest extends MemberRepositoryContract {

    private final MemberRepository repository = new InMemoryMemberRepository(InMemoryCircles.CODEC,
            new InMemoryCircleRepository(InMemoryCircles.CODEC));

    @Override
    protected MemberRepository repository() {
        return repository;
    }
}
