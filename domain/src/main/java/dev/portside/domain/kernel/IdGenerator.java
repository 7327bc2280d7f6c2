package dev.portside.domain.kernel;

import java.util.UUID;

/** Source of new identifiers, injected so tests can fix them. */
@FunctionalInterface
public interface IdGenerator {

    String newId();

    /** Random UUIDs: the production default. */
    static IdGenerator random() {
        return () -> UUID.randomUUID().toString();
    }

    /** {@code prefix-1}, {@code prefix-2}, …: deterministic, thread-safe. */
    static IdGenerator sequential(String prefix) {
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        return () -> prefix + "-" + next.incrementAndGet();
    }
}
