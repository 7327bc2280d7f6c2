package dev.portside.bootstrap.circles.migration;

import dev.portside.bootstrap.spi.PortsideCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code portside migrate}: the group of data migrations into Portside. */
@Command(name = "migrate", mixinStandardHelpOptions = true, subcommands = MigrateSqliteCommand.class,
        description = "Migrate data from legacy systems into Portside.")
public final class MigrateCommand extends PortsideCommand {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(context().out());
        return OK;
    }
}
