package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordCommands.RewrapDataKeys;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.spi.PortsideCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code portside records rewrap}: re-wraps every archived data key of a tenant under the current master key
 * (after a rotation), with a progress bar; a re-run does only what is left.
 */
@Command(name = "rewrap", mixinStandardHelpOptions = true,
        description = "Re-wrap every archived data key under the current master key (resumable: records already"
                + " under it are skipped).")
public final class RecordsRewrapCommand extends PortsideCommand {

    @Mixin
    TenantOption tenant = new TenantOption();

    @Override
    public Integer call() {
        var tenantId = tenant.parse(context().err());
        if (tenantId == null) {
            return FAILED;
        }
        BarProgress progress = new BarProgress(context().out(), "rewrap (days)");
        var result = context().facades().facade(RecordVault.class).maintenance()
                .rewrap(new RewrapDataKeys(tenantId.value()), progress);
        progress.finish();
        return result.fold(problem -> {
            context().err().println("portside: records rewrap failed: " + problem.message());
            return FAILED;
        }, report -> {
            context().out().println("rewrap under " + report.currentKey() + " for tenant " + tenantId + ": "
                    + report.scanned() + " scanned, " + report.rewrapped() + " rewrapped, " + report.alreadyCurrent()
                    + " already current, " + report.failed() + " failed");
            report.failures().forEach(failure -> context().err().println("  failed: " + failure));
            return report.failed() == 0 ? OK : FAILED;
        });
    }
}
