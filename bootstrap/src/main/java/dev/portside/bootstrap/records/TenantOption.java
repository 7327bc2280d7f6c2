package dev.portside.bootstrap.records;

import dev.portside.domain.kernel.TenantId;
import picocli.CommandLine.Option;

/** The {@code --tenant} option shared by the records commands. */
final class TenantOption {

    @Option(names = "--tenant", defaultValue = "default", description = "Tenant to work on (default: ${DEFAULT-VALUE}).")
    String tenant;

    /** The tenant, or null after printing why it is refused. */
    TenantId parse(java.io.PrintStream err) {
        var parsed = TenantId.of(tenant);
        if (parsed.isInvalid()) {
            err.println("portside: " + parsed.getError());
            return null;
        }
        return parsed.get();
    }
}
