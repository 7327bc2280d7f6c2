package dev.portside.application.realtime;

import dev.portside.application.realtime.RealtimeCommands.CloseConnection;
import dev.portside.application.realtime.RealtimeCommands.ListConnectionsOfTenant;
import dev.portside.application.realtime.RealtimeCommands.ListConnectionsOfUser;
import dev.portside.application.realtime.RealtimeCommands.OpenConnection;
import dev.portside.application.realtime.RealtimeCommands.TouchConnection;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.Endpoint;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionStore;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/** The connections of a {@link RealtimeHub}: open, touch, close and list them. */
public final class ConnectionUseCases {

    private static final String CONTEXT = "realtime";

    static final int RETRIES = 5;

    private final ConnectionStore connections;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RealtimePolicy policy;
    private final UseCaseObserver observer;

    ConnectionUseCases(ConnectionStore connections, SubscriptionStore subscriptions, Clock clock, IdGenerator ids,
                       RealtimePolicy policy,
                       UseCaseObserver observer) {
        this.connections = connections;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
        this.observer = observer;
    }

    public Either<Problem, Connection> open(OpenConnection c) {
        return observer.observe(CONTEXT, "connections.open", () -> openUnobserved(c));
    }

    private Either<Problem, Connection> openUnobserved(OpenConnection c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ConnectionId id = checks.take(ConnectionId.of(c.connectionId() == null ? ids.newId() : c.connectionId()));
        UserId user = checks.take(UserId.of(c.user()));
        Endpoint endpoint = checks.take(Endpoint.of(c.endpoint()));
        return checks.build(() -> Connection.open(id, tenant, user, endpoint, clock.instant(), policy.connectionTtl()))
                .flatMap(connections::create);
    }

    /** Records activity: the connection lives on for another connection TTL. */
    public Either<Problem, Connection> touch(TouchConnection c) {
        return observer.observe(CONTEXT, "connections.touch", () -> touchUnobserved(c));
    }

    private Either<Problem, Connection> touchUnobserved(TouchConnection c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ConnectionId id = checks.take(ConnectionId.of(c.connectionId()));
        return checks.build(() -> id).flatMap(key -> Retry.onConflict(RETRIES, () -> live(tenant, key)
                .flatMap(found -> connections.save(found.touch(clock.instant(), policy.connectionTtl())))));
    }

    /** Removes the connection and every subscription it holds. */
    public Either<Problem, Disconnected> close(CloseConnection c) {
        return observer.observe(CONTEXT, "connections.close", () -> closeUnobserved(c));
    }

    private Either<Problem, Disconnected> closeUnobserved(CloseConnection c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ConnectionId id = checks.take(ConnectionId.of(c.connectionId()));
        return checks.build(() -> id).flatMap(key -> Retry.onConflict(RETRIES, () -> live(tenant, key)
                .flatMap(found -> subscriptions.disconnect(found).map(count -> new Disconnected(found, count)))));
    }

    public Either<Problem, Page<Connection>> ofUser(ListConnectionsOfUser c) {
        return observer.observe(CONTEXT, "connections.ofUser", () -> ofUserUnobserved(c));
    }

    private Either<Problem, Page<Connection>> ofUserUnobserved(ListConnectionsOfUser c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        UserId user = checks.take(UserId.of(c.user()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> connections.byUser(tenant, user, p));
    }

    public Either<Problem, Page<Connection>> ofTenant(ListConnectionsOfTenant c) {
        return observer.observe(CONTEXT, "connections.ofTenant", () -> ofTenantUnobserved(c));
    }

    private Either<Problem, Page<Connection>> ofTenantUnobserved(ListConnectionsOfTenant c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> connections.byTenant(tenant, p));
    }

    Either<Problem, Connection> live(TenantId tenant, ConnectionId id) {
        return Checks.found(connections.find(tenant, id), "connection", id.value());
    }

    /** Counts the live subscriptions of a connection (what a disconnect would remove), reading its list. */
    Either<Problem, Integer> countSubscriptions(Connection connection) {
        int live = 0;
        Option<Cursor> after = Option.none();
        do {
            Either<Problem, Page<Subscription>> batch = subscriptions.byConnection(connection.tenant(),
                    connection.id(), new PageRequest(PageRequest.MAX_LIMIT, after));
            if (batch.isLeft()) {
                return Either.left(batch.getLeft());
            }
            live += batch.get().items().size();
            after = batch.get().next();
        } while (after.isDefined());
        return Either.right(live);
    }
}
