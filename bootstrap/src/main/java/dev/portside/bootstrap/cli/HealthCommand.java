package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.HealthReport;
import dev.portside.bootstrap.spi.PortsideCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Prints the adapter of every slot and probes every backend; exits 1 when one does not answer. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Show the adapter picked for every port and probe every backend they use.")
final class HealthCommand extends PortsideCommand {

    @ParentCommand
    PortsideCli cli;

    @Override
    public Integer call() {
        HealthReport report = cli.portside().health();
        for (HealthReport.Entry entry : report.entries()) {
            context().out().printf("%-4s %-40s %s%n", entry.ok() ? "ok" : "FAIL", entry.name(), entry.detail());
        }
        context().out().println(report.healthy() ? "healthy" : "unhealthy");
        return report.healthy() ? OK : FAILED;
    }
}
