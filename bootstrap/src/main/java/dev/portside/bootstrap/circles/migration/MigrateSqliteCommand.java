package dev.portside.bootstrap.circles.migration;

import dev.portside.adapters.inmemory.circles.InMemoryBusinessRepository;
import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.circles.InMemoryResourceRepository;
import dev.portside.adapters.inmemory.circles.InMemoryStoryRepository;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.Ports;
import dev.portside.bootstrap.spi.PortsideCommand;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portside migrate sqlite --file legacy.db}: analyses the legacy database, then imports it through the
 * community use cases into the configured adapter (or, with {@code --dry-run}, into a scratch in-memory store so
 * every row is validated and nothing is written). Exit code 0 when every row was imported or skipped, 1 otherwise.
 */
@Command(name = "sqlite", mixinStandardHelpOptions = true,
        description = "Import a legacy SQLite database (users, circles, circle_members, stories, comments, "
                + "businesses, resources) into the circles context.")
public final class MigrateSqliteCommand extends PortsideCommand {

    @Option(names = "--file", required = true, description = "The legacy SQLite database file.")
    Path file;

    @Option(names = "--mapping", description = "A properties file renaming tables (table.users=people) and columns "
            + "(column.users.email=mail).")
    Path mapping;

    @Option(names = "--analyze", description = "Only print the analysis: tables, row counts, unmapped columns.")
    boolean analyzeOnly;

    @Option(names = "--dry-run", description = "Validate every row through the use cases without writing anything.")
    boolean dryRun;

    @Option(names = "--batch-size", defaultValue = "100", description = "Rows per batch for bulk entities, 1..1000 "
            + "(default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--continue-on-error", description = "Report invalid rows and go on instead of stopping.")
    boolean continueOnError;

    @Option(names = "--tenant", defaultValue = "default", description = "The tenant to import into "
            + "(default ${DEFAULT-VALUE}).")
    String tenant;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            context().err().println("portside: no such file: " + file);
            return FAILED;
        }
        if (batchSize < 1 || batchSize > 1000) {
            context().err().println("portside: --batch-size must be between 1 and 1000, got " + batchSize);
            return FAILED;
        }
        LegacySchema schema = mapping == null ? LegacySchema.standard() : LegacySchema.fromFile(mapping);
        Analysis analysis = Analysis.of(file, schema);
        analysis.print(context().out());
        if (analyzeOnly) {
            return OK;
        }
        Community community = dryRun ? scratch() : context().facades().facade(Community.class);
        MigrationReport report = new SqliteImport(community,
                new SqliteImport.Options(tenant, batchSize, continueOnError), context().out()).run(file, schema);
        report.print(context().out(), dryRun);
        return report.failures() == 0 ? OK : FAILED;
    }

    private static Community scratch() {
        CursorCodec codec = CursorCodec.fromSecret("dry run");
        return new Community(new Ports(new InMemoryMemberRepository(codec), new InMemoryCircleRepository(codec),
                new InMemoryStoryRepository(codec), new InMemoryBusinessRepository(codec),
                new InMemoryResourceRepository(codec), Clock.systemUTC(), IdGenerator.random()));
    }
}
