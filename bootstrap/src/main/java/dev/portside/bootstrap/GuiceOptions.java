package dev.portside.bootstrap;

/**
 * Guice options for a faster start, each set only when the process has not set it: no bytecode
 * generation ({@code guice_bytecode_gen_option=DISABLED}: constructors and provider methods are called by
 * reflection instead of through classes Guice writes at start; Portside intercepts no method) and no stack trace
 * per binding source ({@code guice_include_stack_traces=OFF}: an error names the module, not the line). Together
 * they take about a tenth off the CPU time of a start (docs/benchmarks.md, "Start-up"). Guice reads them once, when
 * its first injector is made, and they hold for every injector of the JVM, so {@link Portside#builder} never sets
 * them: the {@code portside} CLI does, and a host whose own Guice use needs no method interception may call
 * {@link #preferFastStart()} before its first injector.
 */
public final class GuiceOptions {

    static final String BYTECODE_GEN = "guice_bytecode_gen_option";
    static final String STACK_TRACES = "guice_include_stack_traces";

    private GuiceOptions() {
    }

    /** Asks Guice for no bytecode generation and no per-binding stack traces, unless the process set either. */
    public static void preferFastStart() {
        setUnlessSet(BYTECODE_GEN, "DISABLED");
        setUnlessSet(STACK_TRACES, "OFF");
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
