package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordResults.ReconcileReport;
import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordMaintenance;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import picocli.CommandLine.Command;

/** {@code portside records reconcile}: restores archived records of the hot window that the hot store lacks. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Restore archived records inside the hot window that are missing from the hot store.")
public final class RecordsReconcileCommand extends MaintenanceCommand<ReconcileReport> {

    public RecordsReconcileCommand() {
        super("reconcile");
    }

    @Override
    Either<Problem, ReconcileReport> run(RecordMaintenance maintenance, TenantId tenant, WorkProgress progress) {
        return maintenance.reconcile(new ReconcileHotStore(tenant.value()), progress);
    }

    @Override
    int report(ReconcileReport report, TenantId tenant) {
        context().out().println("restored " + report.restored() + " of " + report.scanned()
                + " archived record(s) scanned for tenant " + tenant);
        return OK;
    }
}
