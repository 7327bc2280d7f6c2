package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.time.Clock;

/** Fresh in-memory community adapters for tests. */
final class InMemoryCircles {

    static final CursorCodec CODEC = CursorCodec.fromSecret("in-memory circles test key");

    private InMemoryCircles() {
    }

    static Ports ports(Clock clock) {
        InMemoryCircleRepository circles = new InMemoryCircleRepository(CODEC);
        return new Ports(new InMemoryMemberRepository(CODEC, circles), circles,
                new InMemoryStoryRepository(CODEC), new InMemoryBusinessRepository(CODEC),
                new InMemoryResourceRepository(CODEC), clock, IdGenerator.random());
    }
}
