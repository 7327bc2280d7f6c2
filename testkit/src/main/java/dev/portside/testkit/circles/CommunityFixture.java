package dev.portside.testkit.circles;

import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Member;

/**
 * What the community contracts share: the {@link Community} over the adapter's circles ports, a fresh tenant per test
 * and a member registered under an id.
 */
public abstract class CommunityFixture {

    /** The adapter's circles ports (each test gets its stores from here). */
    protected abstract Ports ports();

    protected final String tenant = CircleFixtures.freshTenant().value();
    private Community community;

    protected Community community() {
        if (community == null) {
            community = new Community(ports());
        }
        return community;
    }

    /** Registers member {@code id} with the email {@code <id>@Example.com}. */
    protected Member register(String id) {
        return community().members().register(new RegisterMember(tenant, id,
                MemberForm.basic(id + "@Example.com", "Member " + id))).get();
    }
}
