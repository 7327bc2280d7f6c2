package dev.portside.adapters.inmemory.circles;

import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.testkit.circles.MarketRepositoriesContract;

class InMemoryMarketRepositoriesTest extends MarketRepositoriesContract {

    private final BusinessRepository businesses = new InMemoryBusinessRepository(InMemoryCircles.CODEC);
    private final ResourceRepository resources = new InMemoryResourceRepository(InMemoryCircles.CODEC);

    @Override
    protected BusinessRepository businesses() {
        return businesses;
    }

    @Override
    protected ResourceRepository resources() {
        return resources;
    }
}
