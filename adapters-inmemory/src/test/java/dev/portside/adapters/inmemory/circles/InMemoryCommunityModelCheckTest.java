package dev.portside.adapters.inmemory.circles;

import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.CommunityModelCheck;
import java.time.Clock;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The reference against itself: many more sequences, so the invariants are searched hard in memory. */
class InMemoryCommunityModelCheckTest extends CommunityModelCheck {

    @Override
    protected Ports subject(Clock clock) {
        return InMemoryCircles.ports(clock);
    }

    @Override
    protected Ports reference(Clock clock) {
        return InMemoryCircles.ports(clock);
    }

    @Property(tries = 300)
    void the_invariants_hold_after_any_of_many_random_sequences(@ForAll("sequences") List<Action> actions) {
        check(actions);
    }
}
