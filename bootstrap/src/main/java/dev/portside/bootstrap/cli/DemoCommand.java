package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.spi.AdapterSlot;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.bootstrap.spi.PortsideCommand;
import java.io.PrintStream;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Walks every context on the configured profile (in-memory by default) and prints what happens. Exits 1
 * when a step ends other than as it expects (a refusal a step demonstrates is expected).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Walk every context on the configured profile (in-memory by default) and print what happens."
                + " Exits 1 when a step fails for a reason other than the refusal it demonstrates.")
final class DemoCommand extends PortsideCommand {

    @ParentCommand
    PortsideCli cli;

    @Override
    public Integer call() {
        Portside portside = cli.portside();
        PrintStream out = context().out();
        out.println("Portside demo on the '" + portside.config().profile() + "' profile");
        if (portside.contexts().isEmpty()) {
            out.println("(no context is installed)");
        }
        DemoSteps steps = new DemoSteps(out);
        for (ContextPlugin plugin : portside.contexts()) {
            out.println();
            out.println("== " + plugin.context() + " (" + adapters(portside, plugin) + ") ==");
            steps.walk(plugin.context(), () -> plugin.demo(portside, steps));
        }
        out.println();
        if (steps.failures().isEmpty()) {
            out.println("Demo finished.");
            return OK;
        }
        out.println("Demo failed: " + steps.failures().size() + " step(s) did not end as expected.");
        steps.failures().forEach(line -> context().err().println("demo: " + line));
        return FAILED;
    }

    /** The adapters this context really runs on, as configured: {@code archive: s3, hot: postgres}. */
    private static String adapters(Portside portside, ContextPlugin plugin) {
        return plugin.slots().stream().map(slot -> slotName(plugin, slot) + portside.config().get(slot.key()))
                .collect(Collectors.joining(", "));
    }

    private static String slotName(ContextPlugin plugin, AdapterSlot slot) {
        String prefix = "portside." + plugin.context() + ".";
        String name = slot.key().startsWith(prefix) ? slot.key().substring(prefix.length()) : slot.key();
        name = name.endsWith(".adapter") ? name.substring(0, name.length() - ".adapter".length()) : name;
        return name.equals("adapter") ? "" : name + ": ";
    }
}
