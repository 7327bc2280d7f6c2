package dev.portside.bootstrap.brands;

import dev.portside.application.brands.BrandCommands.MigrateLayout;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.LayoutMigrationReport;
import dev.portside.bootstrap.spi.PortsideCommand;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portside brands migrate-layout}: copies brand metadata, feedback, workflow executions and escalations from
 * the source system's original layout ({@code metadata/brand_<id>.json}, {@code feedback/brand_<id>_<uuid>.json},
 * {@code workflow-executions/<execution id>.json}, {@code escalations/brand_<id>_<uuid>.json} at the root of the
 * brands bucket) into the tenant's current layout and reports what it did, in total and per kind; documents already
 * migrated are skipped, so a re-run resumes. Exit status 1 when a document was refused or the run failed.
 */
@Command(name = "migrate-layout", mixinStandardHelpOptions = true,
        description = "Copy brand metadata, feedback, workflow executions and escalations from the original layout"
                + " (metadata/, feedback/, workflow-executions/, escalations/) into the current one"
                + " (idempotent: migrated documents are skipped).")
public final class BrandsMigrateLayoutCommand extends PortsideCommand {

    @Option(names = "--tenant", defaultValue = "default", description = "Tenant the documents move to (default: ${DEFAULT-VALUE}).")
    String tenant;

    @Option(names = "--dry-run", description = "Validate and count, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Either<Problem, LayoutMigrationReport> result = context().facades().facade(BrandRegistry.class)
                .migrateLayout(new MigrateLayout(tenant, dryRun));
        if (result.isLeft()) {
            context().err().println("portside: " + result.getLeft().message());
            return FAILED;
        }
        LayoutMigrationReport report = result.get();
        context().out().println("migrate-layout" + (report.dryRun() ? " (dry run)" : "") + " for tenant " + tenant + ": "
                + report.scanned() + " legacy documents scanned, " + report.migrated()
                + (report.dryRun() ? " to migrate, " : " migrated, ") + report.alreadyMigrated()
                + " already migrated, " + report.refused() + " refused");
        report.kinds().forEach(kind -> context().out().println("  " + kind.kind().label() + ": " + kind.scanned()
                + " scanned, " + kind.migrated() + (report.dryRun() ? " to migrate, " : " migrated, ")
                + kind.alreadyMigrated() + " already migrated, " + kind.refused() + " refused"));
        report.refusals().forEach(refusal -> context().err().println("  refused: " + refusal));
        return report.refused() == 0 ? OK : FAILED;
    }
}
