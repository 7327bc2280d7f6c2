package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.CircleRepository;
import dev.portside.testkit.circles.CircleRepositoryContract;

class InMemoryCircleRepositoryTest extends CircleRepositoryContract {

    private final CircleRepository repository = new InMemoryCircleRepository(InMemoryCircles.CODEC);

    @Override
    protected CircleRepository repository() {
        return repository;
    }
}
