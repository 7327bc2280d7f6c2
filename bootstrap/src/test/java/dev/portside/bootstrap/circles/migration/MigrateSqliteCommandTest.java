package dev.portside.bootstrap.circles.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.cli.PortsideCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateSqliteCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int cli(String... args) {
        return PortsideCli.run(new PrintStream(out, true), new PrintStream(err, true), args);
    }

    @Test
    void analyze_prints_tables_row_counts_and_unmapped_columns() throws Exception {
        Path file = LegacyFixture.standard(dir);
        assertThat(cli("migrate", "sqlite", "--file", file.toString(), "--analyze")).isZero();
        assertThat(out.toString()).contains("users", "5 rows", "legacy_score", "circle_members");
        assertThat(out.toString()).doesNotContain("Import report");
    }

    @Test
    void a_dry_run_validates_every_row_reports_failures_and_exits_non_zero() throws Exception {
        Path file = LegacyFixture.standard(dir);
        int code = cli("migrate", "sqlite", "--file", file.toString(), "--dry-run", "--continue-on-error",
                "--batch-size", "2");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Dry run report", "refused users u3:", "refused stories s3: title");
        assertThat(out.toString()).doesNotContain("in memory");
    }

    @Test
    void on_the_in_memory_profile_it_says_before_it_starts_that_the_import_ends_with_the_process() throws Exception {
        Path file = LegacyFixture.standard(dir);
        assertThat(cli("migrate", "sqlite", "--file", file.toString(), "--continue-on-error")).isEqualTo(1);
        String text = out.toString();
        assertThat(text).contains("the imported data ends with this process", "Import report", "refused users u4: "
                + "the email is taken by another member");
        assertThat(text.indexOf("ends with this process")).isLessThan(text.indexOf("Import report"));
        assertThat(text).doesNotContainIgnoringCase("ana@example.com");
    }

    @Test
    void a_missing_file_or_a_bad_batch_size_is_refused() {
        assertThat(cli("migrate", "sqlite", "--file", dir.resolve("none.db").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void help_describes_the_options() {
        assertThat(cli("migrate", "sqlite", "--help")).isZero();
        assertThat(out.toString()).contains("--dry-run", "--batch-size", "--continue-on-error", "--mapping");
    }
}
