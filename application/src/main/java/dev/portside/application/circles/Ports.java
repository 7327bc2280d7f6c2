package dev.portside.application.circles;

import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.kernel.IdGenerator;
import java.time.Clock;
import java.util.Objects;

/** The collaborators the community use cases run on. */
public record Ports(MemberRepository members, CircleRepository circles, StoryRepository stories,
                    BusinessRepository businesses, ResourceRepository resources, Clock clock, IdGenerator ids) {

    public Ports {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(circles, "circles");
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(businesses, "businesses");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }
}
