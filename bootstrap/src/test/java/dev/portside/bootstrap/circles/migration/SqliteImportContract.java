package dev.portside.bootstrap.circles.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.circles.InMemoryBusinessRepository;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryResourceRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.GetBusiness;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetResource;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListComments;
import dev.portside.application.circles.CommunityCommands.ListFeed;
import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.Story;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code migrate sqlite} promises on every target store: legacy facts kept, each row all-or-nothing, a second
 * run importing nothing twice, a dry run checked against the target, and a run stopped halfway by a fault of the
 * target resumed to exactly the legacy data once. Each target subclasses it with its store and its fault.
 */
abstract class SqliteImportContract {

    @TempDir
    Path dir;

    final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private Path legacy;

    /** Fresh ports on an empty store of this target. */
    abstract Ports target();

    /** Makes the target refuse writes from the first story on (a real fault of its backend); {@link #heal} ends it. */
    abstract void breakStoryWrites(Ports ports) throws Exception;

    abstract void heal(Ports ports) throws Exception;

    MigrationReport run(Community community, boolean continueOnError, boolean dryRun) throws Exception {
        return new SqliteImport(community, new SqliteImport.Options("default", 2, continueOnError, dryRun),
                new PrintStream(progress, true)).run(legacy(), LegacySchema.standard());
    }

    private Path legacy() throws Exception {
        if (legacy == null) {
            legacy = LegacyFixture.standard(dir);
        }
        return legacy;
    }

    static Community community(Ports ports) {
        return new Community(ports);
    }

    @Test
    void a_full_run_keeps_legacy_times_flags_votes_and_counters_and_the_feed_order() throws Exception {
        Community community = community(target());
        MigrationReport report = run(community, true, false);

        assertThat(report.entities().get("users").imported()).isEqualTo(2);
        assertThat(report.entities().get("users").refused()).hasSize(3)
                .anySatisfy(f -> assertThat(f).startsWith("u3: ").contains("email", "createdAt", "storiesShared"))
                .anySatisfy(f -> assertThat(f).startsWith("u4: ").contains("email is taken"))
                .anySatisfy(f -> assertThat(f).startsWith("u5: ").contains("timezone"));
        assertThat(String.join("\n", report.entities().get("users").refused()))
                .doesNotContainIgnoringCase("ana@example.com").doesNotContain("not-an-email", "Mars/Base", "yesterday");
        assertThat(report.entities().get("circle_members").alreadyPresent()).as("the owner row").isEqualTo(1);

        Member ana = community.members().get(new GetMember("default", "u1")).get();
        assertThat(ana.verified()).isTrue();
        assertThat(ana.stats()).isEqualTo(new MemberStats(3, 12, 2, 5));
        assertThat(ana.createdAt()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
        assertThat(ana.updatedAt()).isEqualTo(Instant.parse("2021-05-01T10:00:00Z"));
        assertThat(ana.lastActive()).isEqualTo(Instant.parse("2021-06-01T08:00:00Z"));
        Member bea = community.members().get(new GetMember("default", "u2")).get();
        assertThat(bea.active()).isFalse();
        assertThat(bea.createdAt()).isEqualTo(Instant.ofEpochMilli(1_600_000_000_000L)).isEqualTo(bea.updatedAt());

        var hope = community.circles().get(new GetCircle("default", "c1")).get();
        assertThat(hope.stats().memberCount()).isEqualTo(2);
        assertThat(hope.stats().postsThisWeek()).isEqualTo(2);
        assertThat(hope.stats().postsThisMonth()).isEqualTo(7);
        assertThat(hope.createdAt()).isEqualTo(Instant.parse("2020-02-01T00:00:00Z"));
        assertThat(hope.updatedAt()).isEqualTo(Instant.parse("2021-04-30T12:00:00Z"));
        Membership moderator = community.circles().members(new ListCircleMembers("default", "c1", "MODERATOR", null,
                10, null)).get().items().get(0);
        assertThat(moderator.member().value()).isEqualTo("u2");
        assertThat(moderator.joinedAt()).isEqualTo(Instant.parse("2020-03-01T09:30:00Z"));
        Membership owner = community.circles().members(new ListCircleMembers("default", "c1", "OWNER", null, 10,
                null)).get().items().get(0);
        assertThat(owner.joinedAt()).isEqualTo(Instant.parse("2020-02-01T00:00:01Z"));

        Story first = community.stories().get(new GetStory("default", "s1")).get();
        assertThat(first.helpfulVotes()).isEqualTo(9);
        assertThat(first.comments()).isEqualTo(1);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2020-03-02T10:00:00Z"));
        assertThat(community.stories().get(new GetStory("default", "s2")).get().status().name()).isEqualTo("FLAGGED");
        assertThat(community.stories().feed(new ListFeed("default", "c1", 10, null)).get().items())
                .extracting(s -> s.id().value()).containsExactly("s1", "s4");
        assertThat(community.stories().comments(new ListComments("default", "s1", 10, null)).get().items().get(0)
                .createdAt()).isEqualTo(Instant.parse("2020-03-02T11:00:00Z"));
        var shop = community.market().business(new GetBusiness("default", "b1")).get();
        assertThat(shop.verified()).isTrue();
        assertThat(shop.status().name()).isEqualTo("ACTIVE");
        assertThat(shop.createdAt()).isEqualTo(Instant.parse("2020-05-01T00:00:00Z"));
        assertThat(community.market().resource(new GetResource("default", "r1")).get().createdAt())
                .isEqualTo(Instant.parse("2020-06-01T00:00:00Z"));
    }

    @Test
    void a_second_run_imports_nothing_twice_and_reports_the_rows_as_already_present() throws Exception {
        Ports ports = target();
        MigrationReport first = run(community(ports), true, false);
        List<String> before = snapshot(community(ports));
        MigrationReport again = run(community(ports), true, false);

        again.entities().forEach((name, e) -> {
            assertThat(e.imported()).as(name).isZero();
            assertThat(e.alreadyPresent()).as(name).isEqualTo(first.entities().get(name).imported()
                    + first.entities().get(name).alreadyPresent());
        });
        assertThat(snapshot(community(ports))).isEqualTo(before);
    }

    @Test
    void a_dry_run_checks_every_row_against_the_target_and_writes_nothing() throws Exception {
        Ports ports = target();
        MigrationReport predicted = run(community(ports), true, true);
        assertThat(community(ports).members().get(new GetMember("default", "u1")).isLeft()).isTrue();
        MigrationReport real = run(community(ports), true, false);
        real.entities().forEach((name, e) -> {
            assertThat(predicted.entities().get(name).imported()).as(name).isEqualTo(e.imported());
            assertThat(predicted.entities().get(name).refused()).as(name).hasSameSizeAs(e.refused());
        });

        MigrationReport afterwards = run(community(ports), true, true);
        afterwards.entities().forEach((name, e) -> assertThat(e.imported()).as(name).isZero());
        assertThat(afterwards.entities().get("users").alreadyPresent()).isEqualTo(2);
        assertThat(afterwards.entities().get("stories").alreadyPresent()).isEqualTo(3);
    }

    @Test
    void a_run_stopped_by_a_fault_halfway_resumes_to_exactly_the_legacy_data_once() throws Exception {
        Ports ports = target();
        breakStoryWrites(ports);
        MigrationReport stopped = run(community(ports), true, false);
        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.stoppedBecause()).contains("unavailable", "stories", "run the same command again");
        assertThat(stopped.entities().get("circles").imported()).isEqualTo(1);
        assertThat(stopped.entities().get("stories").imported()).isZero();
        assertThat(community(ports).stories().get(new GetStory("default", "s1")).isLeft()).isTrue();
        heal(ports);

        MigrationReport resumed = run(community(ports), true, false);
        assertThat(resumed.stopped()).isFalse();
        assertThat(resumed.entities().get("users").imported()).isZero();
        assertThat(resumed.entities().get("stories").imported()).isEqualTo(3);

        Ports reference = inMemory();
        run(community(reference), true, false);
        assertThat(snapshot(community(ports))).isEqualTo(snapshot(community(reference)));
    }

    static Ports inMemory() {
        CursorCodec codec = CursorCodec.fromSecret("migration test");
        InMemoryCircleRepository circles = new InMemoryCircleRepository(codec);
        return new Ports(new InMemoryMemberRepository(codec, circles), circles,
                new InMemoryStoryRepository(codec), new InMemoryBusinessRepository(codec),
                new InMemoryResourceRepository(codec), Clock.systemUTC(), IdGenerator.random());
    }

    /** What the store holds of the fixture's ids, revisions left out, as comparable text. */
    static List<String> snapshot(Community c) {
        List<String> all = new ArrayList<>();
        for (String id : List.of("u1", "u2", "u3", "u4", "u5")) {
            all.add(id + " " + c.members().get(new GetMember("default", id)).map(m -> m.withRevision(null)));
        }
        for (String id : List.of("c1", "c2")) {
            all.add(id + " " + c.circles().get(new GetCircle("default", id)).map(x -> x.withRevision(null)));
            all.add(id + " members " + c.circles().members(new ListCircleMembers("default", id, null, null, 100,
                    null)).map(p -> p.items().stream().map(m -> m.withRevision(null)).toList()));
            all.add(id + " feed " + c.stories().feed(new ListFeed("default", id, 100, null))
                    .map(p -> p.items().stream().map(s -> s.id().value()).toList()));
        }
        for (String id : List.of("s1", "s2", "s3", "s4")) {
            all.add(id + " " + c.stories().get(new GetStory("default", id)).map(s -> s.withRevision(null)));
            all.add(id + " comments " + c.stories().comments(new ListComments("default", id, 100, null))
                    .map(p -> p.items()));
        }
        for (String id : List.of("b1", "b2")) {
            all.add(id + " " + c.market().business(new GetBusiness("default", id)).map(b -> b.withRevision(null)));
        }
        for (String id : List.of("r1", "r2")) {
            all.add(id + " " + c.market().resource(new GetResource("default", id)).map(r -> r.withRevision(null)));
        }
        return all;
    }
}
