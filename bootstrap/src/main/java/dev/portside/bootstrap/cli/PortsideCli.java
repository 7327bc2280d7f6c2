package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.GuiceOptions;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.HealthReport;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.ConfigException;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.CommandContext;
import dev.portside.bootstrap.spi.ContextPlugin;
import dev.portside.bootstrap.spi.Facades;
import dev.portside.bootstrap.spi.PortsideCommand;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code portside} command line: {@code demo}, {@code health}, {@code setup}, {@code config}, and the
 * commands each context adds. Exit codes: 0 done, 1 the operation failed, 2 bad usage, 3 bad configuration.
 */
@Command(name = "portside", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Portside: six domains on in-memory, AWS or SQL backends.",
        subcommands = {DemoCommand.class, HealthCommand.class, MetricsCommand.class, SetupCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class})
public final class PortsideCli implements Runnable, CommandContext, AutoCloseable {

    public static final int CONFIG_INVALID = 3;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces and debug logs.")
    boolean verbose;

    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "A properties file of portside.* keys.")
    Path configFile;

    @Option(names = "--set", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE",
            description = "Set a configuration key (wins over every other source), e.g. --set portside.profile=aws.")
    Map<String, String> settings = new LinkedHashMap<>();

    private final PrintStream out;
    private final PrintStream err;
    private final ContextRegistry registry;
    private Portside portside;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    PortsideCli(PrintStream out, PrintStream err, ContextRegistry registry) {
        this.out = out;
        this.err = err;
        this.registry = registry;
    }

    public static void main(String[] args) {
        GuiceOptions.preferFastStart();
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the CLI and returns its exit code (for hosts and tests). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        ContextRegistry registry = ContextRegistry.discover();
        try (PortsideCli cli = new PortsideCli(out, err, registry)) {
            CommandLine line = new CommandLine(cli, new BindingFactory(cli));
            for (ContextPlugin plugin : registry.plugins()) {
                for (Object command : plugin.commands()) {
                    if (command instanceof PortsideCommand pc) {
                        pc.bind(cli);
                    }
                    line.addSubcommand(command);
                }
            }
            line.setOut(new java.io.PrintWriter(out, true));
            line.setErr(new java.io.PrintWriter(err, true));
            line.setExecutionExceptionHandler(cli::onFailure);
            HeldLogs.hold();
            try {
                return line.execute(args);
            } finally {
                cli.close();
                out.flush();
                HeldLogs.release();
            }
        }
    }

    private int onFailure(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        Optional<ConfigException> config = configProblem(e);
        if (config.isPresent()) {
            err.println("portside: invalid configuration, " + config.get().problems().size() + " bad key(s):");
            config.get().problems().forEach(problem -> err.println("  " + problem));
            return CONFIG_INVALID;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        err.println("portside: " + HealthReport.oneLine(root.getClass().getSimpleName() + ": " + root.getMessage())
                + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return PortsideCommand.FAILED;
    }

    /** The configuration refusal behind a failure, however deep a framework wrapped it. */
    private static Optional<ConfigException> configProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException config) {
                return Optional.of(config);
            }
        }
        return Optional.empty();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    /** The configuration from the CLI's options and every other source. */
    PortsideConfig config() {
        PortsideConfig.Resolver resolver = registry.configuration().override(settings);
        if (configFile != null) {
            resolver.file(configFile);
        }
        return resolver.resolve();
    }

    ContextRegistry registry() {
        return registry;
    }

    /** Portside started from the CLI's configuration, on first call. */
    synchronized Portside portside() {
        if (portside == null) {
            portside = Portside.builder(config()).contexts(registry).meterRegistry(meters).start();
        }
        return portside;
    }

    @Override
    public Facades facades() {
        return portside();
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public boolean verbose() {
        return verbose;
    }

    /** What this run of the CLI recorded: use cases, port calls, retries, jobs ({@code portside metrics}). */
    SimpleMeterRegistry meters() {
        return meters;
    }

    @Override
    public synchronized void close() {
        if (portside != null) {
            portside.close();
            portside = null;
        }
    }

    /** Creates command objects and binds every {@link PortsideCommand} to the CLI's context. */
    private record BindingFactory(PortsideCli cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = CommandLine.defaultFactory().create(type);
            if (made instanceof PortsideCommand command) {
                command.bind(cli);
            }
            return made;
        }
    }
}
