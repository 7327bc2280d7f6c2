package dev.portside.bootstrap.circles.migration;

import dev.portside.application.circles.Community;
import dev.portside.bootstrap.circles.CirclesPlugin;
import dev.portside.bootstrap.spi.PortsideCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portside migrate sqlite --file legacy.db}: analyses the legacy database, then imports it through
 * {@code Community.imports()} into the configured circles store, one atomic write per row, keeping the legacy
 * times, flags, votes and counters. {@code --dry-run} checks every row against that same store and writes nothing.
 * Exit code 0 when every row was imported or already present, 1 otherwise.
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

    @Option(names = "--dry-run", description = "Check every row against the target store (validation, rows already "
            + "there, missing references) without writing anything.")
    boolean dryRun;

    @Option(names = "--batch-size", defaultValue = "100", description = "Rows read from each table at a time, and "
            + "written per call for users, businesses and resources, 1..1000 (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--continue-on-error", description = "Report refused rows and go on instead of stopping.")
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
        if (!dryRun && "inmemory".equals(context().facades().config().get(CirclesPlugin.ADAPTER_KEY))) {
            context().out().println("Note: the circles store is in memory (portside.circles.adapter=inmemory): the "
                    + "imported data ends with this process. Set portside.profile or portside.circles.adapter to a "
                    + "durable store to keep it.");
        }
        MigrationReport report = new SqliteImport(context().facades().facade(Community.class),
                new SqliteImport.Options(tenant, batchSize, continueOnError, dryRun), context().out())
                .run(file, schema);
        report.print(context().out(), dryRun);
        return report.refusals() == 0 && !report.stopped() ? OK : FAILED;
    }
}
