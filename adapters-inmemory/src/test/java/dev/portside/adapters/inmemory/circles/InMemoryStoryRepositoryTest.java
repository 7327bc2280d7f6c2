package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.circles.StoryRepositoryContract;

class InMemoryStoryRepositoryTest extends StoryRepositoryContract {

    private final StoryRepository repository = new InMemoryStoryRepository(InMemoryCircles.CODEC);

    @Override
    protected StoryRepository repository() {
        return repository;
    }
}
