package dev.portside.domain.realtime;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A connection's interest in the events of one request (e.g. {@code progress}, {@code completed}).
 * Immutable once made; it expires a fixed time after it was made and goes when its connection goes.
 */
public record Subscription(SubscriptionId id, TenantId tenant, ConnectionId connection, RequestId request,
                           List<String> eventTypes, Instant createdAt, Instant expiresAt, Revision revision) {

    public static final int MAX_EVENT_TYPES = 20;
    /**
     * The most live subscriptions one connection holds; a subscribe beyond it is refused ({@link #PER_CONNECTION_RULE}).
     * It bounds the set of subscription ids a store keeps with the connection (DynamoDB: 400 KB per item).
     */
    public static final int MAX_PER_CONNECTION = 200;
    public static final String PER_CONNECTION_RULE = "realtime.subscriptions-per-connection";
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(request, "request");
        eventTypes = List.copyOf(eventTypes);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revision, "revision");
    }

    /** The refusal of a subscribe beyond {@link #MAX_PER_CONNECTION}, worded alike by every store. */
    public static Problem tooMany(ConnectionId connection) {
        return new Problem.Rejected(PER_CONNECTION_RULE, "connection " + connection.value() + " already holds "
                + MAX_PER_CONNECTION + " live subscriptions, the most one connection may hold");
    }

    public static Subscription make(SubscriptionId id, TenantId tenant, ConnectionId connection, RequestId request,
                                    List<String> eventTypes, Instant now, Duration ttl) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        return new Subscription(id, tenant, connection, request, eventTypes, at, at.plus(ttl), Revision.INITIAL);
    }

    /** 1..20 distinct lower-case event names of 1..64 chars; every bad entry is a violation of its own. */
    public static Validation<Seq<Violation>, List<String>> eventTypes(List<String> values) {
        List<Violation> violations = new ArrayList<>();
        if (values == null || values.isEmpty() || values.size() > MAX_EVENT_TYPES) {
            violations.add(Violation.of("eventTypes", values == null ? null : values.size() + " entries",
                    "must list 1.." + MAX_EVENT_TYPES + " event types"));
        } else {
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (value == null || !EVENT_TYPE.matcher(value).matches()) {
                    violations.add(Violation.of("eventTypes[" + i + "]", value,
                            "must be 1..64 chars of a-z, 0-9, '.', '_' or '-', starting with a letter"));
                }
            }
        }
        return violations.isEmpty()
                ? Validation.valid(List.copyOf(new LinkedHashSet<>(values)))
                : Validation.invalid(io.vavr.collection.List.ofAll(violations));
    }

    public boolean isLive(Instant now) {
        return expiresAt.isAfter(now);
    }

    public Subscription withRevision(Revision next) {
        return new Subscription(id, tenant, connection, request, eventTypes, createdAt, expiresAt, next);
    }
}
