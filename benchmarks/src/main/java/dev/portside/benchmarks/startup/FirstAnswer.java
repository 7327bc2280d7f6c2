package dev.portside.benchmarks.startup;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.GuiceOptions;
import dev.portside.bootstrap.Portside;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.kernel.Problem;
import dev.portside.bootstrap.config.PortsideConfig;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import io.vavr.control.Either;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process {@link StartupBenchmark} launches: starts Portside on the in-memory profile, answers one use case
 * (a content {@code get}, answered {@code NotFound} on the empty store), prints how long each step took (discovery
 * and configuration, {@code Portside.start}, the first answer, the whole of {@code main}) and the CPU time of the
 * process (every thread: JIT compilers and GC included; clock ticks of 10 ms), and exits.
 *
 * <p>With {@code -Dfirstanswer.split=true} it first builds an empty Guice injector (one binding) and reports it as
 * {@code guice_ms}, so that what Guice costs whatever it is given is told apart from what Portside's bindings add,
 * and it reports the main thread's CPU time of each phase ({@code *_cpu_ms}), which other processes on the machine
 * stretch far less than the wall time.
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    public static void main(String[] args) throws IOException {
        boolean split = Boolean.getBoolean("firstanswer.split");
        ThreadCpu cpu = split ? new ThreadCpu() : null;
        long entered = System.nanoTime();
        ContextRegistry contexts = ContextRegistry.discover();
        PortsideConfig config = ContextRegistry.hostConfig(Map.of());
        long configured = System.nanoTime();
        long configuredCpu = split ? cpu.millis() : 0;
        GuiceOptions.preferFastStart();
        if (split) {
            Guice.createInjector(new AbstractModule() {
                @Override
                protected void configure() {
                    bind(String.class).toInstance("empty");
                }
            }).getInstance(String.class);
        }
        long emptyInjector = System.nanoTime();
        long emptyInjectorCpu = split ? cpu.millis() : 0;
        Portside portside = Portside.builder(config).contexts(contexts).start();
        long started = System.nanoTime();
        long startedCpu = split ? cpu.millis() : 0;
        Either<Problem, ContentItem> answer = portside.content().get(new GetContent("default", "guide-1", "SAA"));
        long answered = System.nanoTime();
        long answeredCpu = split ? cpu.millis() : 0;
        portside.close();
        if (answer.isRight() || !(answer.getLeft() instanceof Problem.NotFound)) {
            throw new IllegalStateException("expected NotFound from an empty catalog, got " + answer);
        }
        StringBuilder line = new StringBuilder("config_ms=" + millis(configured - entered));
        if (split) {
            line.append(" guice_ms=").append(millis(emptyInjector - configured));
        }
        line.append(" start_ms=").append(millis(started - emptyInjector))
                .append(" answer_ms=").append(millis(answered - started))
                .append(" main_ms=").append(millis(answered - entered))
                .append(" cpu_ms=").append(cpuMillis());
        if (split) {
            line.append(" config_cpu_ms=").append(configuredCpu)
                    .append(" guice_cpu_ms=").append(emptyInjectorCpu - configuredCpu)
                    .append(" start_cpu_ms=").append(startedCpu - emptyInjectorCpu)
                    .append(" answer_cpu_ms=").append(answeredCpu - startedCpu);
        }
        System.out.println(line);
    }

    /** The main thread's CPU time since its first reading. */
    private static final class ThreadCpu {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long origin = threads.getCurrentThreadCpuTime();

        long millis() {
            return (threads.getCurrentThreadCpuTime() - origin) / 1_000_000;
        }
    }

    private static String millis(long nanos) {
        return Long.toString(Math.round(nanos / 1e6));
    }

    /** CPU time of the whole process so far (all threads: JIT, GC, main), from /proc; -1 where there is none. */
    private static long cpuMillis() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.exists(stat)) {
            return -1;
        }
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }
}
