package dev.portside.bootstrap.records;

import dev.portside.application.records.RecordCommands.CleanUpHotStore;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.PortsideCommand;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code portside records cleanup}: deletes hot rows older than the hot retention, in batches; the archive keeps them. */
@Command(name = "cleanup", mixinStandardHelpOptions = true,
        description = "Delete hot-store records older than the hot retention (the archive keeps them).")
public final class RecordsCleanupCommand extends PortsideCommand {

    @picocli.CommandLine.Option(names = "--older-than", paramLabel = "DURATION",
            description = "Age cut-off such as 90d or 12h (default: portside.records.hot-retention).")
    String olderThan;

    @picocli.CommandLine.Option(names = "--dry-run", description = "Only count what would be deleted.")
    boolean dryRun;

    @Mixin
    TenantOption tenant = new TenantOption();

    @Override
    public Integer call() {
        var err = context().err();
        var out = context().out();
        Duration age = null;
        if (olderThan != null) {
            var parsed = ConfigKey.parseDuration(olderThan);
            if (parsed.isEmpty() || parsed.get().isZero()) {
                err.println("portside: --older-than must be a positive duration such as 90d, 12h or 30m");
                return FAILED;
            }
            age = parsed.get();
        }
        var tenantId = tenant.parse(err);
        if (tenantId == null) {
            return FAILED;
        }
        BarProgress progress = new BarProgress(out, "cleanup");
        var result = context().facades().facade(RecordVault.class).maintenance()
                .cleanup(new CleanUpHotStore(tenantId.value(), age, dryRun), progress);
        progress.finish();
        return result.fold(problem -> {
            err.println("portside: records cleanup failed: " + problem.message());
            return FAILED;
        }, report -> {
            out.println((report.dryRun() ? "would delete " : "deleted ") + report.count()
                    + " hot record(s) older than " + report.cutoff() + " for tenant " + tenantId);
            return OK;
        });
    }
}
