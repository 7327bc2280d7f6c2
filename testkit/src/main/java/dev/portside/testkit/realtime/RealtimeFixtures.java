package dev.portside.testkit.realtime;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.Endpoint;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Builders and helpers shared by the realtime contracts. */
public final class RealtimeFixtures {

    public static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    public static final RealtimePolicy POLICY = RealtimePolicy.DEFAULT;
    public static final CursorCodec CURSORS = CursorCodec.fromSecret("realtime-contract-cursor-key");

    private RealtimeFixtures() {
    }

    /** A tenant no other test uses, so contracts can share one backend without cleaning it. */
    public static TenantId freshTenant() {
        return new TenantId("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    public static Connection connection(TenantId tenant, String id, String user, Instant at) {
        return Connection.open(new ConnectionId(id), tenant, new UserId(user), new Endpoint("wss://hub.example.com/ws"),
                at, POLICY.connectionTtl());
    }

    public static AsyncRequest request(Connection connection, String id, Instant at) {
        return AsyncRequest.pending(new RequestId(id), connection, "render", new JsonPayload("{\"n\":\"" + id + "\"}"),
                at, POLICY.requestTtl());
    }

    public static Subscription subscription(TenantId tenant, String id, String connection, String request, Instant at) {
        return Subscription.make(new SubscriptionId(id), tenant, new ConnectionId(connection), new RequestId(request),
                List.of("progress", "completed"), at, POLICY.subscriptionTtl());
    }

    public static <T> T right(Either<Problem, T> result) {
        if (result.isLeft()) {
            throw new AssertionError("expected success but got " + result.getLeft().message());
        }
        return result.get();
    }

    /**
     * Reads every page of a query; each page before the last must hold exactly {@code limit} items.
     */
    public static <T> List<T> readAll(int limit, Function<PageRequest, Either<Problem, Page<T>>> query) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<T> page = right(query.apply(request));
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
            if (page.items().size() != limit) {
                throw new AssertionError("a page before the last held " + page.items().size() + " of " + limit);
            }
            request = request.after(page.next().get());
        }
    }
}
