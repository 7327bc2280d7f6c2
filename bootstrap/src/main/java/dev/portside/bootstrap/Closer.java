package dev.portside.bootstrap;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Every backend client and connection pool Portside opened (DynamoDB, S3, Athena and KMS clients, the
 * PostgreSQL pool), closed newest first, once. {@link Portside#close()} closes it; a Guice host that
 * installs {@link PortsideModule} closes it itself at shutdown ({@link PortsideModule#resources()}, or
 * the bound instance: {@code injector.getInstance(Closer.class).close()}).
 */
public final class Closer implements AutoCloseable {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    /** Adds a resource to close with the others; returns it. */
    public synchronized <T extends AutoCloseable> T register(T resource) {
        resources.push(resource);
        return resource;
    }

    /** Closes every resource registered so far (a second call closes only those registered since). */
    @Override
    public synchronized void close() {
        RuntimeException first = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("closing a Portside resource failed", e);
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
