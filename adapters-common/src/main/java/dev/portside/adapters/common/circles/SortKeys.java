package dev.portside.adapters.common.circles;

import dev.portside.domain.circles.Comment;
import dev.portside.domain.circles.Story;
import java.time.Instant;

/**
 * The ordering keys every adapter sorts by, as text that sorts the same way byte-wise: a fixed-width UTC timestamp
 * (micro-seconds since the epoch, zero-padded) then the id. Feeds run newest first, queues and comments oldest first.
 */
public final class SortKeys {

    private SortKeys() {
    }

    public static String time(Instant t) {
        long micros = Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
        return String.format("%017d", micros);
    }

    public static String story(Story s) {
        return time(s.createdAt()) + "#" + s.id().value();
    }

    public static String comment(Comment c) {
        return time(c.createdAt()) + "#" + c.id().value();
    }
}
