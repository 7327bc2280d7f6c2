package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordCommands.ReconcileHotStore;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.spi.PortsideCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code portside records reconcile}: restores archived records of the hot window that the hot store lacks. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Restore archived records inside the hot window that are missing from the hot store.")
public final class RecordsReconcileCommand extends PortsideCommand {

    @Mixin
    TenantOption tenant = new TenantOption();

    @Override
    public Integer call() {
        var tenantId = tenant.parse(context().err());
        if (tenantId == null) {
            return FAILED;
        }
        BarProgress progress = new BarProgress(context().out(), "reconcile (days)");
        var result = context().facades().facade(RecordVault.class).maintenance()
                .reconcile(new ReconcileHotStore(tenantId.value()), progress);
        progress.finish();
        return result.fold(problem -> {
            context().err().println("portside: records reconcile failed: " + problem.message());
            return FAILED;
        }, report -> {
            context().out().println("restored " + report.restored() + " of " + report.scanned()
                    + " archived record(s) scanned for tenant " + tenantId);
            return OK;
        });
    }
}
