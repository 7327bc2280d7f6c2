package dev.portside.benchmarks.observability;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.RecordRead;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.benchmarks.support.Paired;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.kernel.Problem;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What instrumentation costs a use case on the in-memory profile, on a Portside started without a registry
 * ({@code ...Plain}: no proxy, no timer) and on one recording into a Prometheus registry ({@code ...Observed}: the use
 * case and its port calls timed): the content catalog's {@code get} (one port call, the
 * cheapest use case there is) and the records vault's {@code read} (two port calls and an envelope decryption).
 * The ratio is observed time / plain time.
 *
 * <p>{@link #main} is the figure to report: the two paths of each pair interleaved in one JVM with {@link Paired}
 * (batches of each in turn, the order rotated every round), the median per-round ratio with its 95 % interval. The
 * JMH methods are there for JMH's profilers ({@code -prof gc}, {@code -prof stack}).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.observability.InstrumentationBenchmark [rounds]
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InstrumentationBenchmark {

    static final String LOCAL_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final GetContent GET = new GetContent("bench", "guide-1", "SAA");
    static final ReadRecord READ = new ReadRecord("bench", "map-001", false);

    Portside plain;
    Portside observed;
    Portside histograms;
    ContentCatalog histogramsCatalog;
    ContentCatalog plainCatalog;
    ContentCatalog observedCatalog;
    RecordVault plainVault;
    RecordVault observedVault;
    PrometheusMeterRegistry registry;

    @Setup(Level.Trial)
    public void start() {
        PortsideConfig config = ContextRegistry.hostConfig(Map.of("portside.records.local-key", LOCAL_KEY));
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        plain = Portside.start(config);
        observed = Portside.builder(config).meterRegistry(registry).start();
        histograms = Portside.builder(ContextRegistry.hostConfig(Map.of("portside.records.local-key", LOCAL_KEY,
                "portside.metrics.percentile-histograms", "true"))).meterRegistry(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .start();
        histogramsCatalog = histograms.content();
        plainCatalog = plain.content();
        observedCatalog = observed.content();
        plainVault = plain.records();
        observedVault = observed.records();
        for (Portside portside : List.of(plain, observed, histograms)) {
            Either<Problem, ContentItem> published = portside.content().publish(new PublishContent("bench", "guide-1",
                    "SAA", ContentDraft.builder().title("AWS Lambda Best Practices").contentType("STUDY_GUIDE")
                    .category("Compute").subcategory("Serverless").difficulty("INTERMEDIATE")
                    .tags(List.of("lambda", "aws")).source("lambda.pdf", "bucket").chunkCount(5).questionCount(10)
                    .build(), null));
            if (published.isLeft()) {
                throw new IllegalStateException(published.getLeft().message());
            }
            Either<Problem, ?> written = portside.records().write(new WriteRecord("bench", "map-001", "source text",
                    "mapped text", "llama-2-7b-v1.0", Instant.parse("2026-01-01T00:00:00Z"), Map.of("team", "a")));
            if (written.isLeft()) {
                throw new IllegalStateException(written.getLeft().message());
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        plain.close();
        observed.close();
        histograms.close();
    }

    /** Both pairs, each interleaved: 10 warm-up rounds, then {@code args[0]} (default 60) measured rounds. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        InstrumentationBenchmark bench = new InstrumentationBenchmark();
        bench.start();
        try {
            System.out.println("content get");
            Paired.rounds(rounds).warmup(10).batch(50_000)
                    .add("plain", bench::getPlain)
                    .add("observed", bench::getObserved)
                    .add("plain + clock reads", bench::getPlainWithClockReads)
                    .add("observed, histograms on", bench::getObservedWithHistograms)
                    .run().print(System.out);
            System.out.println("records read");
            Paired.rounds(rounds).warmup(10).batch(2_000)
                    .add("plain", bench::readRecordPlain)
                    .add("observed", bench::readRecordObserved)
                    .run().print(System.out);
        } finally {
            bench.stop();
        }
    }

    /**
     * The plain {@code get} plus the clock reads an observed one cannot do without: a start and an end for the use
     * case and for its port call, and the wall-clock read each of the two timers makes to rotate its maximum.
     */
    public Either<Problem, ContentItem> getPlainWithClockReads() {
        long useCase = System.nanoTime();
        long port = System.nanoTime();
        Either<Problem, ContentItem> answer = plainCatalog.get(GET);
        clockSink += System.nanoTime() - port + System.currentTimeMillis();
        clockSink += System.nanoTime() - useCase + System.currentTimeMillis();
        return answer;
    }

    long clockSink;

    /** The observed {@code get} with {@code portside.metrics.percentile-histograms=true} (the default before it was a key). */
    public Either<Problem, ContentItem> getObservedWithHistograms() {
        return histogramsCatalog.get(GET);
    }

    @Benchmark
    public Either<Problem, RecordRead> readRecordObserved() {
        return observedVault.read(READ);
    }

    @Benchmark
    public Either<Problem, RecordRead> readRecordPlain() {
        return plainVault.read(READ);
    }

    @Benchmark
    public Either<Problem, ContentItem> getObserved() {
        return observedCatalog.get(GET);
    }

    @Benchmark
    public Either<Problem, ContentItem> getPlain() {
        return plainCatalog.get(GET);
    }
}
