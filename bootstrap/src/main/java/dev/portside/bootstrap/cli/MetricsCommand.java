package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.PortsideCommand;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Measurement;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A one-shot snapshot of Portside's meters for scripts: runs the demo (or the health probe) on the configured
 * profile with its output discarded, then prints every {@code portside.*} meter it recorded, one per line
 * ({@code name{tag=value,...} statistic=value ...}) or as JSON.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Run the demo (or the health probe) and print the meters it recorded: use cases, port calls, "
                + "retries, faults, AWS SDK calls.")
final class MetricsCommand extends PortsideCommand {

    enum Workload { demo, health }

    @ParentCommand
    PortsideCli cli;

    @Option(names = "--after", defaultValue = "demo", paramLabel = "WORK",
            description = "What to run first: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Workload after;

    @Option(names = "--json", description = "Print one JSON array of {\"name\", \"tags\", \"statistics\"}.")
    boolean json;

    @Override
    public Integer call() {
        Portside portside = cli.portside();
        if (after == Workload.health) {
            portside.health();
        } else {
            DemoSteps steps = new DemoSteps(new PrintStream(OutputStream.nullOutputStream()));
            for (ContextPlugin plugin : portside.contexts()) {
                steps.walk(plugin.context(), () -> plugin.demo(portside, steps));
            }
        }
        List<Meter> meters = cli.meters().getMeters().stream()
                .filter(m -> m.getId().getName().startsWith("portside."))
                .sorted(Comparator.comparing((Meter m) -> m.getId().getName()).thenComparing(m -> tags(m, ",")))
                .toList();
        if (json) {
            List<String> items = new ArrayList<>();
            for (Meter meter : meters) {
                String tags = meter.getId().getTags().stream()
                        .map(t -> Json.string(t.getKey()) + ":" + Json.string(t.getValue()))
                        .collect(Collectors.joining(","));
                String stats = statistics(meter).stream()
                        .map(m -> Json.string(m.getStatistic().getTagValueRepresentation()) + ":" + Json.number(m.getValue()))
                        .collect(Collectors.joining(","));
                items.add("{\"name\":" + Json.string(meter.getId().getName()) + ",\"tags\":{" + tags
                        + "},\"statistics\":{" + stats + "}}");
            }
            context().out().println("[" + String.join(",", items) + "]");
        } else {
            for (Meter meter : meters) {
                context().out().println(meter.getId().getName() + "{" + tags(meter, ",") + "} "
                        + statistics(meter).stream().map(m -> m.getStatistic().getTagValueRepresentation() + "="
                        + Json.number(m.getValue())).collect(Collectors.joining(" ")));
            }
        }
        return OK;
    }

    private static List<Measurement> statistics(Meter meter) {
        List<Measurement> measurements = new ArrayList<>();
        meter.measure().forEach(measurements::add);
        return measurements;
    }

    private static String tags(Meter meter, String separator) {
        return meter.getId().getTags().stream().map(t -> t.getKey() + "=" + t.getValue())
                .collect(Collectors.joining(separator));
    }
}
