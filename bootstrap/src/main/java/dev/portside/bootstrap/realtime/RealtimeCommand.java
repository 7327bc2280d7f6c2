package dev.portside.bootstrap.realtime;

import dev.portside.application.realtime.RealtimeCommands.RunCleanup;
import dev.portside.application.realtime.CleanupReport;
import dev.portside.application.realtime.RealtimeHub;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.PortsideCommand;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code portside realtime ...}: maintenance of the realtime hub. */
@Command(name = "realtime", mixinStandardHelpOptions = true,
        description = "Realtime hub maintenance: connections, requests and subscriptions.")
public final class RealtimeCommand extends PortsideCommand {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(context().out());
        return OK;
    }

    @Command(name = "cleanup", mixinStandardHelpOptions = true,
            description = "Remove connections idle for longer than --stale-after (with their subscriptions), "
                    + "and requests and subscriptions past their expiry. Prints the counts.")
    int cleanup(
            @Option(names = "--stale-after", defaultValue = "10m", paramLabel = "DURATION",
                    description = "Idle time after which a connection is stale (e.g. 10m, 2h, 1d). Default: ${DEFAULT-VALUE}.")
            String staleAfter,
            @Option(names = "--dry-run", description = "Count what would be removed; change nothing.")
            boolean dryRun,
            @Option(names = "--tenant", defaultValue = "default", paramLabel = "TENANT",
                    description = "The tenant to clean. Default: ${DEFAULT-VALUE}.")
            String tenant) {
        Duration threshold = ConfigKey.parseDuration(staleAfter).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--stale-after must be a duration such as 10m, 2h or 1d (got '" + staleAfter + "')"));
        PrintStream out = context().out();
        Either<Problem, CleanupReport> result = context().facades().facade(RealtimeHub.class)
                .cleanup(new RunCleanup(tenant, threshold, dryRun));
        if (result.isLeft()) {
            context().err().println("portside realtime cleanup: " + result.getLeft().message());
            return FAILED;
        }
        CleanupReport report = result.get();
        out.println("realtime cleanup of tenant " + tenant + ", stale after " + staleAfter);
        out.println(dryRun ? "would remove (dry run, nothing changed):" : "removed:");
        out.printf("  %-40s %d%n", "stale connections", report.staleConnections());
        out.printf("  %-40s %d%n", "subscriptions of those connections", report.subscriptionsOfStaleConnections());
        out.printf("  %-40s %d%n", "expired requests", report.expiredRequests());
        out.printf("  %-40s %d%n", "expired subscriptions", report.expiredSubscriptions());
        out.println("total: " + report.total());
        return OK;
    }
}
