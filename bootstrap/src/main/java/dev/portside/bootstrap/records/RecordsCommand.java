package dev.portside.bootstrap.records;

import picocli.CommandLine.Command;

/** {@code portside records}: maintenance of the records vault. */
@Command(name = "records", mixinStandardHelpOptions = true, description = "Records vault maintenance.",
        subcommands = {RecordsCleanupCommand.class, RecordsReconcileCommand.class, RecordsRewrapCommand.class,
                RecordsSealHotCommand.class})
public final class RecordsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
