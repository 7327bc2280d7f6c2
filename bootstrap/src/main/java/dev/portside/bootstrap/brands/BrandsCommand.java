package dev.portside.bootstrap.brands;

import picocli.CommandLine.Command;

/** {@code portside brands}: maintenance of the brand registry. */
@Command(name = "brands", mixinStandardHelpOptions = true, description = "Brand registry maintenance.",
        subcommands = {BrandsMigrateLayoutCommand.class})
public final class BrandsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
