package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.spi.PortsideCommand;
import java.util.Comparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Shows the resolved configuration (secrets masked) or, with {@code --keys}, every key it accepts. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show the resolved configuration with where each value came from (secrets masked).")
final class ConfigCommand extends PortsideCommand {

    @ParentCommand
    PortsideCli cli;

    @Option(names = "--keys", description = "List every key with its default and accepted values instead.")
    boolean keys;

    @Option(names = "--markdown", description = "With --keys: as a Markdown table (the README's reference).")
    boolean markdown;

    @Override
    public Integer call() {
        if (keys && markdown) {
            context().out().println("| key | default | accepts | meaning |");
            context().out().println("| --- | --- | --- | --- |");
            cli.registry().keys().stream().sorted(Comparator.comparing(ConfigKey::name)).forEach(k ->
                    context().out().printf("| `%s` | %s | %s | %s |%n", k.name(),
                            k.defaultValue().isEmpty() ? "(unset)" : "`" + k.defaultValue() + "`", cell(k.accepted()),
                            cell(k.description() + (k.secret() ? " (secret)" : ""))));
            return OK;
        }
        if (keys) {
            cli.registry().keys().stream().sorted(Comparator.comparing(ConfigKey::name)).forEach(k ->
                    context().out().printf("%-40s default: %-28s accepts: %s%n", k.name(),
                            k.defaultValue().isEmpty() ? "(unset)" : k.defaultValue(), k.accepted()));
            return OK;
        }
        context().out().print(cli.config().describe());
        return OK;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
