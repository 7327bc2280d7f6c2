package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.realtime.SkipWithoutDynamoDb;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.CircleChange;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.MembershipWrite;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.StoryId;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.faults.FaultyRun;
import dev.portside.testkit.faults.SideBySide;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB community repositories under seeded faults, side by side with the in-memory ones: members (create,
 * save, stats increments), a circle and its memberships (create with the owner, joins: one transaction each) and
 * stories (create, save, vote and comment counts, comments) and deletes of a member, a story with its comments and
 * a circle with its memberships. Every answer equals the model's — a delete whose reply was lost and that the SDK
 * retried answers success, not NotFound; an Unavailable leaves its aggregate as before or as written once (an
 * increment never counted twice); nothing throws or outlives the deadline.
 */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
class CirclesFaultProperties {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Instant AT = Instant.parse("2026-03-02T11:00:00Z");
    private static final AtomicInteger TRIES = new AtomicInteger();

    record Ports(MemberRepository members, CircleRepository circles, StoryRepository stories) {
    }

    @Property(tries = 20)
    void no_acknowledged_community_write_is_lost_or_applied_twice_under_faults(
            @ForAll long seed, @ForAll @Size(min = 1, max = 14) List<@IntRange(max = 15) Integer> steps) {
        FaultInjector injector = new FaultInjector(seed, 0.3, DynamoFaults.all());
        TenantId tenant = new TenantId("circles-faults-" + TRIES.incrementAndGet());
        CirclesTable shared = DynamoCircles.table(CirclesFaultProperties.class);
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            CirclesTable table = new CirclesTable(client, shared.name(), DynamoCircles.CODEC);
            Ports subject = new Ports(new DynamoMemberRepository(table), new DynamoCircleRepository(table),
                    new DynamoStoryRepository(table));
            InMemoryCircleRepository modelCircles = new InMemoryCircleRepository(DynamoCircles.CODEC);
            Ports model = new Ports(new InMemoryMemberRepository(DynamoCircles.CODEC, modelCircles), modelCircles,
                    new InMemoryStoryRepository(DynamoCircles.CODEC));
            new SideBySide<>(new FaultyRun(injector, DEADLINE), injector, model, subject,
                    (Ports ports, String slot) -> state(ports, tenant, slot))
                    .run(steps.stream().map(step -> step(tenant, step)).toList());
        }
    }

    private static Object state(Ports ports, TenantId tenant, String slot) {
        if (slot.startsWith("member ")) {
            return ports.members().get(tenant, new UserId(slot.substring(7))).get();
        }
        if (slot.equals("story")) {
            return List.of(ports.stories().get(tenant, new StoryId("s0")).get(),
                    ports.stories().comments(tenant, new StoryId("s0"), PageRequest.first(100)).get().items());
        }
        CircleId circle = new CircleId("c1");
        return List.of(ports.circles().get(tenant, circle).get(), List.of("owner", "j0", "j1", "j2", "j3", "j4", "j5", "j6").stream()
                .map(m -> ports.circles().membership(tenant, circle, new UserId(m)).get()).toList());
    }

    private static SideBySide.Step<Ports> step(TenantId tenant, int step) {
        Instant at = AT.plusSeconds(step);
        if (step == 12) {
            UserId user = new UserId("m0");
            return new SideBySide.Step<>("delete member m0", "member m0", model -> {
                var before = model.members().get(tenant, user).get();
                return ports -> before.isEmpty() ? ports.members().get(tenant, user)
                        : ports.members().delete(before.get(), List.of());
            });
        }
        if (step == 13 || step == 14) {
            StoryId story = new StoryId("s0");
            return new SideBySide.Step<>(step == 13 ? "comment on story s0" : "delete story s0", "story", model -> {
                var before = model.stories().get(tenant, story).get();
                int comments = model.stories().comments(tenant, story, PageRequest.first(100)).get().items().size();
                if (step == 13) {
                    return ports -> ports.stories().addComment(CircleFixtures.comment(tenant, "s0", "k" + comments,
                            "m1", at));
                }
                return ports -> before.isEmpty() ? ports.stories().get(tenant, story)
                        : ports.stories().delete(tenant, story, before.get().revision());
            });
        }
        if (step == 15) {
            CircleId circle = new CircleId("c1");
            return new SideBySide.Step<>("delete circle c1", "circle", model -> {
                var before = model.circles().get(tenant, circle).get();
                return ports -> before.isEmpty() ? ports.circles().get(tenant, circle)
                        : ports.circles().delete(tenant, circle, before.get().revision());
            });
        }
        if (step < 6) {
            String id = "m" + step / 3;
            UserId user = new UserId(id);
            String name = List.of("create", "save", "addStats").get(step % 3) + " member " + id;
            return new SideBySide.Step<>(name, "member " + id, model -> {
                var before = model.members().get(tenant, user).get();
                return switch (step % 3) {
                    case 0 -> ports -> ports.members().create(CircleFixtures.member(tenant, id, id + "@example.com"));
                    case 1 -> ports -> before.isEmpty() ? ports.members().get(tenant, user)
                            : ports.members().save(before.get().withDetails(before.get().email(),
                                    before.get().profile(), before.get().preferences(), before.get().settings(),
                                    List.of("goal " + step), at));
                    default -> ports -> ports.members().addStats(tenant, user, new MemberStats(1, 2, 0, 1), at);
                };
            });
        }
        if (step < 9) {
            StoryId story = new StoryId("s0");
            String name = List.of("create", "addCounts", "save").get(step - 6) + " story s0";
            return new SideBySide.Step<>(name, "story", model -> {
                var before = model.stories().get(tenant, story).get();
                return switch (step) {
                    case 6 -> ports -> ports.stories().create(CircleFixtures.story(tenant, "s0", "m0", "c1", AT));
                    case 7 -> ports -> ports.stories().addCounts(tenant, story, 1, 1, at);
                    default -> ports -> before.isEmpty() ? ports.stories().get(tenant, story)
                            : ports.stories().save(before.get().withStatus(before.get().status() == StoryStatus.PUBLISHED
                                    ? StoryStatus.FLAGGED : StoryStatus.PUBLISHED, at));
                };
            });
        }
        String name = step == 9 ? "create circle c1" : "join circle c1";
        return new SideBySide.Step<>(name, "circle", model -> {
            var before = model.circles().get(tenant, new CircleId("c1")).get();
            if (step == 9 || before.isEmpty()) {
                Circle circle = CircleFixtures.circle(tenant, "c1", "owner", CircleType.values()[0], 10);
                return ports -> ports.circles().create(circle, CircleFixtures.membership(tenant, "c1", "owner",
                        Role.OWNER, MembershipStatus.ACTIVE));
            }
            Circle circle = before.get();
            String joiner = "j" + (circle.stats().memberCount() - 1);
            Function<Ports, io.vavr.control.Either<dev.portside.domain.kernel.Problem, ?>> join = ports ->
                    ports.circles().apply(CircleChange.of(circle.withStats(circle.stats().withMembers(1), at),
                            new MembershipWrite.Create(CircleFixtures.membership(tenant, "c1", joiner, Role.MEMBER,
                                    MembershipStatus.ACTIVE))));
            return join;
        });
    }
}
