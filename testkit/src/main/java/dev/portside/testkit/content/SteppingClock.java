package dev.portside.testkit.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that advances one second on every reading, so successive writes get distinct times. */
public final class SteppingClock extends Clock {

    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();

    public SteppingClock(Instant start) {
        this.start = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plusSeconds(ticks.getAndIncrement());
    }
}
