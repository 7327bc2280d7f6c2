package dev.portside.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that tests move by hand ({@link #advance}, {@link #set}), so expiry, staleness and
 * retention can be checked without waiting; a {@link #stepping} clock also moves on by itself after
 * every reading, so successive writes get distinct times. Thread-safe.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration stepPerReading;

    public MutableClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private MutableClock(Instant start, Duration stepPerReading) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
        this.stepPerReading = stepPerReading;
    }

    /** A clock that reads {@code start}, then {@code start + step}, {@code start + 2 step}, … */
    public static MutableClock stepping(Instant start, Duration step) {
        return new MutableClock(start, step);
    }

    public void advance(Duration by) {
        now.updateAndGet(at -> at.plus(by));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(at -> at.plus(stepPerReading));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
