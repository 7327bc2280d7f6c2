package dev.portside.domain.realtime;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A live WebSocket connection of one user in one tenant. It expires a fixed time after its last
 * activity ({@link #touch}); an expired connection is gone for every read, even before a store deletes it.
 */
public record Connection(ConnectionId id, TenantId tenant, UserId user, Endpoint endpoint,
                         Instant connectedAt, Instant lastPing, Instant expiresAt, Revision revision) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(lastPing, "lastPing");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revision, "revision");
    }

    public static Connection open(ConnectionId id, TenantId tenant, UserId user, Endpoint endpoint,
                                  Instant now, Duration ttl) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new Connection(id, tenant, user, endpoint, at, at, at.plus(ttl), Revision.INITIAL);
    }

    /** Records activity now: the last ping moves forward (never back) and the expiry with it. */
    public Connection touch(Instant now, Duration ttl) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Instant ping = at.isAfter(lastPing) ? at : lastPing;
        return new Connection(id, tenant, user, endpoint, connectedAt, ping, ping.plus(ttl), revision);
    }

    public boolean isLive(Instant now) {
        return expiresAt.isAfter(now);
    }

    /** Inactive since before {@code cutoff}, or expired already. */
    public boolean isStale(Instant cutoff, Instant now) {
        return lastPing.isBefore(cutoff) || !isLive(now);
    }

    public Connection withRevision(Revision next) {
        return new Connection(id, tenant, user, endpoint, connectedAt, lastPing, expiresAt, next);
    }
}
