package dev.portside.bootstrap.spi;

import dev.portside.bootstrap.Portside;
import java.io.PrintStream;

/** What a CLI command can use: the started Portside (on first call), the output streams, the verbosity. */
public interface CommandContext {

    Portside portside();

    PrintStream out();

    PrintStream err();

    boolean verbose();
}
