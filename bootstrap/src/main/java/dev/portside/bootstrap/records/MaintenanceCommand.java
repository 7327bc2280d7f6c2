package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordMaintenance;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.WorkProgress;
import dev.portside.bootstrap.spi.PortsideCommand;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import picocli.CommandLine.Mixin;

/**
 * The shape every tenant-wide records maintenance command shares: parse {@code --tenant}, run one
 * {@link RecordMaintenance} job behind a progress bar, print its report or its problem in one line.
 *
 * @param <R> the job's report
 */
abstract class MaintenanceCommand<R> extends PortsideCommand {

    @Mixin
    TenantOption tenant = new TenantOption();

    private final String job;

    MaintenanceCommand(String job) {
        this.job = job;
    }

    /** What the progress bar counts. */
    String unit() {
        return "days";
    }

    /** Runs the job for {@code tenant}. */
    abstract Either<Problem, R> run(RecordMaintenance maintenance, TenantId tenant, WorkProgress progress);

    /** Prints the report and answers the exit code. */
    abstract int report(R report, TenantId tenant);

    @Override
    public Integer call() {
        TenantId tenantId = tenant.parse(context().err());
        if (tenantId == null) {
            return FAILED;
        }
        BarProgress progress = new BarProgress(context().out(), job + " (" + unit() + ")");
        Either<Problem, R> result = run(context().facades().facade(RecordVault.class).maintenance(), tenantId, progress);
        progress.finish();
        return result.fold(problem -> {
            context().err().println("portside: records " + job + " failed: " + problem.message());
            return FAILED;
        }, report -> report(report, tenantId));
    }
}
