package dev.portside.bootstrap.cli;

import dev.portside.bootstrap.spi.PortsideCommand;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Runs every provisioner of the configured adapters (idempotent); one line each ("ok" when it changed something,
 * "same" when it found everything in place, "FAIL"), then whether anything changed; exits 1 if one fails.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Create the tables, buckets and schemas the configured adapters need (safe to run again).")
final class SetupCommand extends PortsideCommand {

    @ParentCommand
    PortsideCli cli;

    @Override
    public Integer call() {
        List<Provisioner> provisioners = cli.portside().provisioners();
        if (provisioners.isEmpty()) {
            context().out().println("nothing to provision: the configured adapters keep their data in memory");
            return OK;
        }
        int failed = 0;
        int changed = 0;
        for (Provisioner provisioner : provisioners) {
            Either<Problem, String> result = provisioner.provision();
            if (result.isRight()) {
                boolean same = Provisioner.changedNothing(result.get());
                changed += same ? 0 : 1;
                context().out().println((same ? "same " : "ok   ") + provisioner.name() + ": " + result.get());
            } else {
                failed++;
                context().out().println("FAIL " + provisioner.name() + ": " + result.getLeft().message());
            }
        }
        context().out().println(failed > 0 ? failed + " provisioner(s) failed"
                : changed == 0 ? "setup complete: nothing changed (" + provisioners.size() + " provisioner(s) up to date)"
                : "setup complete: " + changed + " of " + provisioners.size() + " provisioner(s) changed something");
        return failed == 0 ? OK : FAILED;
    }
}
