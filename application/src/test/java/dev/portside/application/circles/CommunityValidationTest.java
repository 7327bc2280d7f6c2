package dev.portside.application.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.CommunityCommands.AddResource;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListFeed;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.ModerateStory;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is refused with every violation at once, before any repository is touched. */
class CommunityValidationTest {

    private static <T> T untouchable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (p, m, a) -> {
            throw new AssertionError("validation must refuse before " + port.getSimpleName() + "." + m.getName());
        }));
    }

    private final Community community = new Community(new Ports(untouchable(MemberRepository.class),
            untouchable(CircleRepository.class), untouchable(StoryRepository.class),
            untouchable(BusinessRepository.class), untouchable(ResourceRepository.class), Clock.systemUTC(),
            IdGenerator.random()));

    private static List<String> fields(Problem p) {
        assertThat(p).isInstanceOf(Problem.Invalid.class);
        return ((Problem.Invalid) p).violations().stream().map(Violation::field).toList();
    }

    @Test
    void registering_with_many_bad_fields_lists_every_violation() {
        MemberForm form = MemberForm.builder("not-an-email", " ").bio("b".repeat(1001))
                .culturalBackground(List.of("ok", "")).communicationStyle("LOUD").diagnosisStage("SOMEDAY")
                .supportNeeds(null).profileVisibility("EVERYONE").theme("NEON").language("english!")
                .timezone("Mars/Base").build();
        Problem p = community.members().register(new RegisterMember("Bad Tenant", "bad id", form)).getLeft();
        assertThat(fields(p)).containsExactlyInAnyOrder("tenant", "userId", "email", "displayName", "bio",
                "culturalBackground[1]", "communicationStyle", "diagnosisStage", "profileVisibility", "theme",
                "language", "timezone");
    }

    @Test
    void a_circle_needs_a_capacity_of_2_to_10000_and_known_type_privacy_and_moderation() {
        Problem p = community.circles().create(CreateCircle.builder("default", "owner", "", "PARTY", "SECRET")
                .maxMembers(1).moderationLevel("NONE").build()).getLeft();
        assertThat(fields(p)).containsExactlyInAnyOrder("name", "type", "privacy", "maxMembers", "moderationLevel");
        Problem big = community.circles().create(CreateCircle.builder("default", "owner", "C", "SOCIAL", "PUBLIC")
                .maxMembers(10_001).build()).getLeft();
        assertThat(fields(big)).containsExactly("maxMembers");
    }

    @Test
    void a_missing_command_or_bad_paging_is_invalid_not_an_exception() {
        assertThat(community.circles().join(null).getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(fields(community.stories().feed(new ListFeed("default", "c", 0, new Cursor(""))).getLeft()))
                .containsExactlyInAnyOrder("cursor", "limit");
        assertThat(fields(community.circles().members(new ListCircleMembers("default", "c", "KING", "GONE", 10, null))
                .getLeft())).containsExactlyInAnyOrder("role", "status");
    }

    @Test
    void stories_resources_and_businesses_validate_every_field() {
        assertThat(fields(community.stories().share(new ShareStory("default", null, "", "c!", "", "", List.of("x"
                .repeat(41)))).getLeft())).containsExactlyInAnyOrder("userId", "circleId", "title", "body", "tags[0]");
        assertThat(fields(community.market().addResource(new AddResource("default", "r1", "", "PODCAST", "ftp://x",
                null, "LIVE")).getLeft())).containsExactlyInAnyOrder("title", "type", "url", "status");
        assertThat(fields(community.market().registerBusiness(new RegisterBusiness("default", "b1", "", "", null,
                null, "not a url")).getLeft())).containsExactlyInAnyOrder("name", "category", "userId", "website");
        assertThat(Arrays.asList(fields(community.stories().moderate(new ModerateStory("default", "s", "a", "BURN"))
                .getLeft()).toArray())).containsExactly("action");
    }
}
