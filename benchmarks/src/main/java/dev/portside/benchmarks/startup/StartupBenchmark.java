package dev.portside.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up, whole process: launches {@code runs} fresh JVMs one after the other, each running {@link FirstAnswer}
 * (JVM start, {@code Portside.start} on the in-memory profile, one use case answered, exit), and prints the median
 * and spread of the wall time of each process as seen from here, and of what each JVM measured itself: configuration,
 * {@code Portside.start}, the first answer, the whole {@code main}, and the CPU time of the process. On a shared
 * machine the CPU time is the steadier figure: other processes stretch the wall time, not the work.
 *
 * <pre>{@code
 * java -cp benchmarks/target/classes dev.portside.benchmarks.startup.StartupBenchmark \
 *     --runs 20 --cp bootstrap/target/portside.jar:benchmarks/target/classes [-- <JVM options of the runs>]
 * }</pre>
 */
public final class StartupBenchmark {

    private static final Pattern LINE = Pattern.compile("config_ms=.*");
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(-?[\\d.]+)");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 20;
        String classPath = System.getProperty("java.class.path");
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--cp" -> classPath = args[++i];
                case "--" -> {
                    jvmOptions.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--runs N, --cp CLASSPATH, -- JVM options)");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, FirstAnswer.class.getName()));
        System.out.println(String.join(" ", command));
        double[] wall = new double[runs];
        Map<String, double[]> measured = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                output = String.join("\n", out.lines().toList());
            }
            int exit = process.waitFor();
            wall[run] = (System.nanoTime() - launched) / 1e6;
            Matcher line = LINE.matcher(output);
            if (exit != 0 || !line.find()) {
                throw new IllegalStateException("run " + run + " exited " + exit + ":\n" + output);
            }
            Matcher field = FIELD.matcher(line.group());
            while (field.find()) {
                measured.computeIfAbsent(field.group(1), k -> new double[wall.length])[run] =
                        Double.parseDouble(field.group(2));
            }
            System.out.printf(Locale.ROOT, "run %2d: process %5.0f ms; %s%n", run, wall[run], line.group());
        }
        System.out.printf(Locale.ROOT, "%-26s %8s %8s %8s %8s %8s%n", "over " + runs + " runs (ms)", "median", "min",
                "p10", "p90", "max");
        print("process, launch to exit", wall);
        measured.forEach((name, values) -> print(name.replace("_ms", ""), values));
    }

    private static void print(String what, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-26s %8.0f %8.0f %8.0f %8.0f %8.0f%n", what, percentile(sorted, 50), sorted[0],
                percentile(sorted, 10), percentile(sorted, 90), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        double rank = p / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }
}
