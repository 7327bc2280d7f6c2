package dev.portside.bootstrap;

/**
 * The Guice options a {@link Portside} start asks for, each only when the process has not set it: no bytecode
 * generation ({@code guice_bytecode_gen_option=DISABLED}: constructors and provider methods are called by
 * reflection instead of through classes Guice writes at start; Portside intercepts no method) and no stack trace
 * per binding source ({@code guice_include_stack_traces=OFF}: an error names the module, not the line). Together
 * they take about a tenth off the CPU time of a start (docs/benchmarks.md, "Start-up"). Guice reads them once, when
 * its first injector is made; a host that made one before, or set either property, keeps what it has.
 */
final class GuiceOptions {

    static final String BYTECODE_GEN = "guice_bytecode_gen_option";
    static final String STACK_TRACES = "guice_include_stack_traces";

    private GuiceOptions() {
    }

    static void preferFastStart() {
        setUnlessSet(BYTECODE_GEN, "DISABLED");
        setUnlessSet(STACK_TRACES, "OFF");
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
