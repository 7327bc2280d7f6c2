package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.PortsideCommand;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Walks every context on the configured profile (in-memory by default) and prints what happens. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Walk every context on the configured profile (in-memory by default) and print what happens.")
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
        for (ContextPlugin plugin : portside.contexts()) {
            out.println();
            out.println("== " + plugin.context() + " ==");
            plugin.demo(portside, out);
        }
        out.println();
        out.println("Demo finished.");
        return OK;
    }
}
