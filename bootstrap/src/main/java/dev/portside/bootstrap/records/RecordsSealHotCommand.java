package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordCommands.SealHotRows;
import dev.portside.application.records.RecordMaintenance;
import dev.portside.application.records.RecordResults.SealHotReport;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import picocli.CommandLine.Command;

/**
 * {@code portside records seal-hot}: encrypts in place the hot rows written in clear before hot rows were sealed,
 * with a progress bar; sealed rows are skipped, so a re-run does only what is left.
 */
@Command(name = "seal-hot", mixinStandardHelpOptions = true,
        description = "Encrypt the hot rows still holding their payload in clear (resumable: sealed rows are skipped).")
public final class RecordsSealHotCommand extends MaintenanceCommand<SealHotReport> {

    public RecordsSealHotCommand() {
        super("seal-hot");
    }

    @Override
    String unit() {
        return "rows";
    }

    @Override
    Either<Problem, SealHotReport> run(RecordMaintenance maintenance, TenantId tenant, WorkProgress progress) {
        return maintenance.sealHot(new SealHotRows(tenant.value()), progress);
    }

    @Override
    int report(SealHotReport report, TenantId tenant) {
        context().out().println("seal-hot for tenant " + tenant + ": " + report.scanned() + " hot rows scanned, "
                + report.sealed() + " sealed, " + report.alreadySealed() + " already sealed, " + report.failed()
                + " failed");
        report.failures().forEach(failure -> context().err().println("  failed: " + failure));
        return report.failed() == 0 ? OK : FAILED;
    }
}
