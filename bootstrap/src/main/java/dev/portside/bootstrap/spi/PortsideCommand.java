package dev.portside.bootstrap.spi;

import java.util.concurrent.Callable;

/**
 * Base of every {@code portside} CLI command a context contributes: the CLI binds the
 * {@link CommandContext} before it runs. Return {@link #OK} or {@link #FAILED}; print the reason of a
 * failure as one line on {@code err()}.
 */
public abstract class PortsideCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;

    private CommandContext context;

    public final void bind(CommandContext context) {
        this.context = context;
    }

    protected final CommandContext context() {
        if (context == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " ran without a CLI context");
        }
        return context;
    }
}
