package dev.portside.testkit.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK interceptor that strikes requests with seeded faults: each attempt (and each batch, for partial faults)
 * draws from one {@link Random} of the seed, so a single-threaded run replays exactly from its seed. Faults strike
 * only while {@link #start() started}; every fault struck is logged, and {@link #replay()} names the seed and the
 * system property that replays it.
 */
public final class FaultInjector implements ExecutionInterceptor {

    /** The system property that fixes the seed of every injector (replays a failing run). */
    public static final String SEED_PROPERTY = "portside.faults.seed";

    private static final ExecutionAttribute<Fault.Partial> SPLIT = new ExecutionAttribute<>("portside.fault.split");
    private static final ExecutionAttribute<Optional<Fault.LostReply>> LOST = new ExecutionAttribute<>("portside.fault.lost");
    private static final ExecutionAttribute<Object> WITHHELD = new ExecutionAttribute<>("portside.fault.withheld");

    private final long seed;
    private final Random random;
    private final List<Fault> faults;
    private final double rate;
    private final List<String> log = new ArrayList<>();
    private volatile boolean striking;
    private int budget = Integer.MAX_VALUE;
    private final java.util.Deque<Fault> script;

    /**
     * @param seed   the seed, unless {@link #SEED_PROPERTY} sets another
     * @param rate   the chance that an attempt is struck, between 0 and 1
     * @param faults the faults to draw from
     */
    public FaultInjector(long seed, double rate, List<Fault> faults) {
        this.seed = Long.getLong(SEED_PROPERTY, seed);
        this.random = new Random(this.seed);
        this.rate = rate;
        this.faults = List.copyOf(faults);
        this.script = null;
    }

    private FaultInjector(List<Fault> script) {
        this.seed = 0;
        this.random = new Random(0);
        this.rate = 1.0;
        this.faults = List.copyOf(script);
        this.script = new java.util.ArrayDeque<>(script);
        this.budget = script.size();
    }

    /**
     * An injector, not yet started, that strikes exactly {@code faults} in this order: each the next attempt of an
     * operation it can strike (a fault that cannot strike an attempt waits for one it can), then nothing more.
     */
    public static FaultInjector inOrder(List<Fault> faults) {
        return new FaultInjector(faults);
    }

    public long seed() {
        return seed;
    }

    public void start() {
        striking = true;
    }

    public void stop() {
        striking = false;
    }

    /** Strikes at most {@code faults} more times, then stops on its own. */
    public synchronized FaultInjector strikeAtMost(int faults) {
        budget = faults;
        return this;
    }

    /** Every fault struck so far, in order ("PutItem: lost reply (500)"). */
    public synchronized List<String> struck() {
        return List.copyOf(log);
    }

    /** The seed, how to replay it, and what was struck: for failure messages. */
    public synchronized String replay() {
        return "fault seed " + seed + " (replay: -D" + SEED_PROPERTY + "=" + seed + "); " + log.size()
                + " faults struck: " + log;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Fault fault = draw(operation(attributes), Fault.Partial.class);
        if (fault instanceof Fault.Partial partial) {
            SdkRequest sent = partial.split().withhold(context.request(), random(), part -> {
                attributes.putAttribute(WITHHELD, part);
                attributes.putAttribute(SPLIT, partial);
            });
            if (sent != context.request()) {
                record(operation(attributes), partial);
            }
            return sent;
        }
        return context.request();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = operation(attributes);
        Fault fault = draw(operation, null);
        if (fault instanceof Fault.Refused refused) {
            record(operation, refused);
            throw refused.error().get();
        }
        if (fault instanceof Fault.LostReply lost) {
            attributes.putAttribute(LOST, Optional.of(lost));
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<Fault.LostReply> struck = attributes.getOptionalAttribute(LOST).flatMap(o -> o);
        if (struck.isPresent()) {
            Fault.LostReply lost = struck.get();
            attributes.putAttribute(LOST, Optional.empty());
            context.responseBody().ifPresent(FaultInjector::drain);
            record(operation(attributes), lost);
            throw lost.error().get();
        }
        return context.httpResponse();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Fault.Partial partial = attributes.getAttribute(SPLIT);
        if (partial != null) {
            return partial.split().restore(context.response(), attributes.getAttribute(WITHHELD));
        }
        return context.response();
    }

    /** A fault of {@code kind} (or any but Partial when null) for this draw, or null. */
    private synchronized Fault draw(String operation, Class<? extends Fault> kind) {
        if (!striking || budget <= 0) {
            return null;
        }
        if (script != null) {
            Fault next = script.peek();
            boolean fits = next != null && next.strikes(operation)
                    && (kind == null ? !(next instanceof Fault.Partial) : kind.isInstance(next));
            return fits ? script.poll() : null;
        }
        List<Fault> candidates = faults.stream().filter(f -> f.strikes(operation))
                .filter(f -> kind == null ? !(f instanceof Fault.Partial) : kind.isInstance(f)).toList();
        if (candidates.isEmpty() || random.nextDouble() >= rate) {
            return null;
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private synchronized Random random() {
        return random;
    }

    private synchronized void record(String operation, Fault fault) {
        budget--;
        log.add(operation + ": " + fault.name());
    }

    private static String operation(ExecutionAttributes attributes) {
        String name = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return name == null ? "?" : name;
    }

    private static void drain(InputStream body) {
        try (body) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
