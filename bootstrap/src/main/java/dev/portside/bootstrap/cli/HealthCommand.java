package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.HealthReport;
import dev.portside.bootstrap.spi.PortsideCommand;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Prints the adapter of every slot and probes every backend; exits 1 when one does not answer. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Show the adapter picked for every port and probe every backend they use.")
final class HealthCommand extends PortsideCommand {

    @ParentCommand
    PortsideCli cli;

    @Option(names = "--json", description = "Print one JSON object: {\"healthy\": true|false, \"entries\": "
            + "[{\"name\", \"ok\", \"detail\"}]}. The exit code is the same.")
    boolean json;

    @Override
    public Integer call() {
        HealthReport report = cli.portside().health();
        if (json) {
            context().out().println(json(report));
        } else {
            for (HealthReport.Entry entry : report.entries()) {
                context().out().printf("%-4s %-40s %s%n", entry.ok() ? "ok" : "FAIL", entry.name(), entry.detail());
            }
            context().out().println(report.healthy() ? "healthy" : "unhealthy");
        }
        return report.healthy() ? OK : FAILED;
    }

    static String json(HealthReport report) {
        List<String> entries = new ArrayList<>();
        for (HealthReport.Entry entry : report.entries()) {
            entries.add("{\"name\":" + Json.string(entry.name()) + ",\"ok\":" + entry.ok() + ",\"detail\":"
                    + Json.string(entry.detail()) + "}");
        }
        return "{\"healthy\":" + report.healthy() + ",\"entries\":[" + String.join(",", entries) + "]}";
    }
}
