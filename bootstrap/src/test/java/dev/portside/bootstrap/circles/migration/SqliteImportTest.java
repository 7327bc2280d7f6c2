package dev.portside.bootstrap.circles.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.circles.InMemoryBusinessRepository;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryResourceRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.application.circles.CommunityCommands.FindMemberByEmail;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.ListCircleMembers;
import dev.portside.application.circles.CommunityCommands.ListCirclesOfMember;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.Ports;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Role;
import dev.portside.domain.circles.StoryStatus;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteImportTest {

    @TempDir
    Path dir;

    private final CursorCodec codec = CursorCodec.fromSecret("migration test");
    private final Community community = new Community(new Ports(new InMemoryMemberRepository(codec),
            new InMemoryCircleRepository(codec), new InMemoryStoryRepository(codec),
            new InMemoryBusinessRepository(codec), new InMemoryResourceRepository(codec), Clock.systemUTC(),
            IdGenerator.random()));
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private MigrationReport run(Path file, boolean continueOnError) throws Exception {
        return new SqliteImport(community, new SqliteImport.Options("default", 2, continueOnError),
                new PrintStream(progress, true)).run(file, LegacySchema.standard());
    }

    @Test
    void valid_rows_are_imported_and_every_bad_row_is_reported_with_its_reason() throws Exception {
        MigrationReport report = run(LegacyFixture.standard(dir), true);
        MigrationReport.Entity users = report.entities().get("users");
        assertThat(users.read()).isEqualTo(5);
        assertThat(users.imported()).isEqualTo(2);
        assertThat(users.failed()).hasSize(3);
        assertThat(users.failed()).anySatisfy(f -> assertThat(f).startsWith("u3:").contains("email"))
                .anySatisfy(f -> assertThat(f).startsWith("u4:").contains("ana@example.com"))
                .anySatisfy(f -> assertThat(f).startsWith("u5:").contains("timezone"));
        assertThat(report.entities().get("circles").imported()).isEqualTo(1);
        assertThat(report.entities().get("circles").failed()).singleElement().asString().contains("maxMembers");
        MigrationReport.Entity members = report.entities().get("circle_members");
        assertThat(members.imported()).isEqualTo(1);
        assertThat(members.skipped()).hasSize(1);
        assertThat(members.failed()).singleElement().asString().startsWith("c9/u2").contains("not found");
        assertThat(report.entities().get("stories").imported()).isEqualTo(2);
        assertThat(report.entities().get("comments").failed()).singleElement().asString().startsWith("k2");
        assertThat(report.entities().get("businesses").failed()).singleElement().asString().startsWith("b2");
        assertThat(report.entities().get("resources").failed()).singleElement().asString().startsWith("r2");
        assertThat(progress.toString()).contains("users", "100%");

        Membership bea = community.circles().members(new ListCircleMembers("default", "c1", "MODERATOR", null, 10,
                null)).get().items().get(0);
        assertThat(bea.member().value()).isEqualTo("u2");
        assertThat(bea.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(community.circles().get(new GetCircle("default", "c1")).get().stats().memberCount()).isEqualTo(2);
        assertThat(community.stories().get(new GetStory("default", "s2")).get().status())
                .isEqualTo(StoryStatus.FLAGGED);
        assertThat(community.members().byEmail(new FindMemberByEmail("default", "ana@example.com")).get().id()
                .value()).isEqualTo("u1");
        assertThat(community.circles().circlesOf(new ListCirclesOfMember("default", "u1", 10, null)).get().items())
                .extracting(Membership::role).containsExactly(Role.OWNER);
    }

    @Test
    void running_the_import_again_imports_nothing_twice() throws Exception {
        Path file = LegacyFixture.standard(dir);
        run(file, true);
        MigrationReport again = run(file, true);
        again.entities().forEach((name, e) -> assertThat(e.imported()).as(name).isZero());
        assertThat(again.entities().get("users").skipped()).hasSize(2);
        assertThat(again.entities().get("stories").skipped()).hasSize(2);
        assertThat(community.stories().get(new GetStory("default", "s1")).get().comments()).isEqualTo(1);
        assertThat(community.members().get(new GetMember("default", "u2")).get().stats().storiesShared())
                .isEqualTo(1);
    }

    @Test
    void without_continue_on_error_the_import_stops_at_the_first_failure() throws Exception {
        MigrationReport report = run(LegacyFixture.standard(dir), false);
        assertThat(report.stopped()).isTrue();
        assertThat(report.entities()).containsOnlyKeys("users");
        assertThat(report.entities().get("users").read()).as("the batch holding the first failure is the last")
                .isEqualTo(4);
        assertThat(report.failures()).isEqualTo(2);
        assertThat(community.members().get(new GetMember("default", "u1")).isRight()).isTrue();
    }

    @Test
    void a_mapping_file_renames_legacy_tables_and_columns() throws Exception {
        Path file = dir.resolve("renamed.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("create table people (id text, mail text, display_name text)");
            s.execute("insert into people values ('p1', 'p1@example.com', 'Pat')");
        }
        Path mapping = dir.resolve("mapping.properties");
        Files.writeString(mapping, "table.users=people\ncolumn.users.email=mail\n");
        LegacySchema schema = LegacySchema.fromFile(mapping);
        Analysis analysis = Analysis.of(file, schema);
        assertThat(analysis.tables().get("users").rows()).isEqualTo(1);
        assertThat(analysis.tables().get("users").unmappedColumns()).isEmpty();
        assertThat(analysis.tables().get("circles").present()).isFalse();
        MigrationReport report = new SqliteImport(community, new SqliteImport.Options("default", 10, false),
                new PrintStream(progress, true)).run(file, schema);
        assertThat(report.entities().get("users").imported()).isEqualTo(1);
        assertThat(community.members().byEmail(new FindMemberByEmail("default", "p1@example.com"))
                .isRight()).isTrue();
    }
}
