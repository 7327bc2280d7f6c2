package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordCommands.RewrapDataKeys;
import dev.portside.application.records.RecordMaintenance;
import dev.portside.application.records.RecordResults.RewrapReport;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import picocli.CommandLine.Command;

/**
 * {@code portside records rewrap}: re-wraps every archived and hot data key of a tenant under the current master key
 * (after a rotation), with a progress bar; a re-run does only what is left.
 */
@Command(name = "rewrap", mixinStandardHelpOptions = true,
        description = "Re-wrap every archived and hot data key under the current master key (resumable: records"
                + " already under it are skipped).")
public final class RecordsRewrapCommand extends MaintenanceCommand<RewrapReport> {

    public RecordsRewrapCommand() {
        super("rewrap");
    }

    @Override
    Either<Problem, RewrapReport> run(RecordMaintenance maintenance, TenantId tenant, WorkProgress progress) {
        return maintenance.rewrap(new RewrapDataKeys(tenant.value()), progress);
    }

    @Override
    int report(RewrapReport report, TenantId tenant) {
        context().out().println("rewrap under " + report.currentKey() + " for tenant " + tenant + ": "
                + report.scanned() + " scanned, " + report.rewrapped() + " rewrapped, " + report.alreadyCurrent()
                + " already current; " + report.hotScanned() + " hot rows scanned, " + report.hotRewrapped()
                + " rewrapped; " + report.failed() + " failed");
        report.failures().forEach(failure -> context().err().println("  failed: " + failure));
        return report.failed() == 0 ? OK : FAILED;
    }
}
