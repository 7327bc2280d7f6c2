package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.isolation.CircleDirectoryIsolationContract;

class InMemoryCircleDirectoryIsolationTest extends CircleDirectoryIsolationContract {

    private final StoryRepository stories = new InMemoryStoryRepository(InMemoryCircles.CODEC);
    private final BusinessRepository businesses = new InMemoryBusinessRepository(InMemoryCircles.CODEC);
    private final ResourceRepository resources = new InMemoryResourceRepository(InMemoryCircles.CODEC);

    @Override
    protected StoryRepository stories() {
        return stories;
    }

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }

    @Override
    protected ResourceRepository resources() {
        return resources;
    }
}
