package dev.portside.benchmarks.startup;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.GuiceOptions;
import dev.portside.bootstrap.Portside;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.kernel.Problem;
import dev.portside.bootstrap.config.PortsideConfig;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process {@link StartupBenchmark} launches: starts Portside on the in-memory profile, answers one use case
 * (a content {@code get}, answered {@code NotFound} on the empty store), prints how long each step took (discovery
 * and configuration, {@code Portside.start}, the first answer, the whole of {@code main}) and the CPU time of the
 * process (every thread: JIT compilers and GC included; clock ticks of 10 ms), and exits.
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    public static void main(String[] args) throws IOException {
        long entered = System.nanoTime();
        ContextRegistry contexts = ContextRegistry.discover();
        PortsideConfig config = ContextRegistry.hostConfig(Map.of());
        long configured = System.nanoTime();
        GuiceOptions.preferFastStart();
        Portside portside = Portside.builder(config).contexts(contexts).start();
        long started = System.nanoTime();
        Either<Problem, ContentItem> answer = portside.content().get(new GetContent("default", "guide-1", "SAA"));
        long answered = System.nanoTime();
        portside.close();
        if (answer.isRight() || !(answer.getLeft() instanceof Problem.NotFound)) {
            throw new IllegalStateException("expected NotFound from an empty catalog, got " + answer);
        }
        System.out.println("config_ms=" + millis(configured - entered) + " start_ms=" + millis(started - configured)
                + " answer_ms=" + millis(answered - started) + " main_ms=" + millis(answered - entered)
                + " cpu_ms=" + cpuMillis());
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
