package dev.portside.bootstrap.spi;

import java.io.PrintStream;

/** What a CLI command can use: the facades of Portside (started on first call), the output streams, the verbosity. */
public interface CommandContext {

    Facades facades();

    PrintStream out();

    PrintStream err();

    boolean verbose();
}
