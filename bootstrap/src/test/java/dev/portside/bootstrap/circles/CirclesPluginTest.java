package dev.portside.bootstrap.circles;

import dev.portside.bootstrap.spi.DemoSteps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterSlot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CirclesPluginTest {

    private final CirclesPlugin plugin = new CirclesPlugin();

    @Test
    void the_slot_offers_three_adapters_and_each_profile_picks_one() {
        AdapterSlot slot = plugin.slots().get(0);
        assertThat(slot.key()).isEqualTo("portside.circles.adapter");
        assertThat(slot.adapters()).containsOnlyKeys("inmemory", "dynamodb", "postgres");
        assertThat(slot.profileDefaults()).isEqualTo(Map.of("inmemory", "inmemory", "aws", "dynamodb",
                "sql", "postgres"));
    }

    @Test
    void the_in_memory_profile_serves_the_community_facade() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig())) {
            var member = portside.community().members().register(new RegisterMember("default", "ana",
                    MemberForm.basic("ana@example.com", "Ana")));
            assertThat(member.isRight()).isTrue();
            assertThat(portside.community().members().get(new GetMember("default", "ana")).get().email().value())
                    .isEqualTo("ana@example.com");
        }
    }

    @Test
    void the_demo_walks_members_circles_stories_and_moderation() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoSteps steps = new DemoSteps(new PrintStream(out, true));
        try (Portside portside = Portside.start(ContextRegistry.loadConfig())) {
            steps.walk("circles", () -> plugin.demo(portside, steps));
        }
        String text = out.toString();
        assertThat(steps.failures()).isEmpty();
        assertThat(text).contains("register ANA@example.com again -> refused as expected (AlreadyExists)",
                "bea joins -> PENDING", "bea posts before approval -> refused as expected (Rejected)",
                "ana (owner) flags it -> FLAGGED", "moderation queue -> [s1]",
                "ana transfers ownership to bea -> bea is OWNER");
    }
}
