package dev.portside.bootstrap.circles.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.FindMemberByEmail;
import dev.portside.application.circles.CommunityCommands.GetMember;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteImportTest {

    @TempDir
    Path dir;

    private final Community community = new Community(SqliteImportContract.inMemory());
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private MigrationReport run(Path file, LegacySchema schema, int batchSize, boolean continueOnError)
            throws Exception {
        return new SqliteImport(community, new SqliteImport.Options("default", batchSize, continueOnError, false),
                new PrintStream(progress, true)).run(file, schema);
    }

    @Test
    void without_continue_on_error_the_import_stops_at_the_first_refused_row() throws Exception {
        MigrationReport report = run(LegacyFixture.standard(dir), LegacySchema.standard(), 2, false);
        assertThat(report.stopped()).isTrue();
        assertThat(report.stoppedBecause()).contains("users u3", "--continue-on-error");
        assertThat(report.entities().get("users").read()).as("the batch holding the first refusal is the last")
                .isEqualTo(3);
        assertThat(report.entities()).containsOnlyKeys("users");
        assertThat(community.members().get(new GetMember("default", "u1")).isRight()).isTrue();
        assertThat(progress.toString()).contains("users");
    }

    @Test
    void every_batch_size_streams_every_table_to_the_same_result() throws Exception {
        Path file = LegacyFixture.standard(dir);
        for (int size : new int[] {1, 3, 1000}) {
            Community fresh = new Community(SqliteImportContract.inMemory());
            MigrationReport report = new SqliteImport(fresh, new SqliteImport.Options("default", size, true, false),
                    new PrintStream(progress, true)).run(file, LegacySchema.standard());
            assertThat(report.entities().values()).as("batch size " + size)
                    .extracting(MigrationReport.Entity::imported).containsExactly(2L, 1L, 1L, 3L, 1L, 1L, 1L);
            assertThat(SqliteImportContract.snapshot(fresh)).isEqualTo(SqliteImportContract.snapshot(
                    size == 1 ? fresh : first(file)));
        }
    }

    private Community first(Path file) throws Exception {
        Community one = new Community(SqliteImportContract.inMemory());
        new SqliteImport(one, new SqliteImport.Options("default", 1, true, false), new PrintStream(progress, true))
                .run(file, LegacySchema.standard());
        return one;
    }

    @Test
    void a_mapping_file_renames_legacy_tables_and_columns() throws Exception {
        Path file = dir.resolve("renamed.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("create table people (id text, mail text, display_name text, joined text)");
            s.execute("insert into people values ('p1', 'p1@example.com', 'Pat', '2019-01-01 00:00:00')");
        }
        Path mapping = dir.resolve("mapping.properties");
        Files.writeString(mapping, "table.users=people\ncolumn.users.email=mail\ncolumn.users.created_at=joined\n");
        LegacySchema schema = LegacySchema.fromFile(mapping);
        Analysis analysis = Analysis.of(file, schema);
        assertThat(analysis.tables().get("users").rows()).isEqualTo(1);
        assertThat(analysis.tables().get("users").unmappedColumns()).isEmpty();
        assertThat(analysis.tables().get("circles").present()).isFalse();
        MigrationReport report = run(file, schema, 10, false);
        assertThat(report.entities().get("users").imported()).isEqualTo(1);
        assertThat(community.members().byEmail(new FindMemberByEmail("default", "p1@example.com")).get().createdAt())
                .hasToString("2019-01-01T00:00:00Z");
    }
}
