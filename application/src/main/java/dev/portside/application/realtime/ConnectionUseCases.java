package dev.portside.application.realtime;

import dev.portside.application.realtime.ConnectionCommands.Connect;
import dev.portside.application.realtime.ConnectionCommands.Disconnect;
import dev.portside.application.realtime.ConnectionCommands.ListByTenant;
import dev.portside.application.realtime.ConnectionCommands.ListByUser;
import dev.portside.application.realtime.ConnectionCommands.Touch;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.Endpoint;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionStore;
import dev.portside.domain.realtime.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

/** Connect, touch, disconnect and list connections. */
final class ConnectionUseCases {

    static final int RETRIES = 5;

    private final ConnectionStore connections;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RealtimePolicy policy;

    ConnectionUseCases(ConnectionStore connections, SubscriptionStore subscriptions, Clock clock, IdGenerator ids,
                       RealtimePolicy policy) {
        this.connections = connections;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
    }

    Either<Problem, Connection> connect(Connect command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            ConnectionId id = checks.take(ConnectionId.of(c.connectionId() == null ? ids.newId() : c.connectionId()));
            UserId user = checks.take(UserId.of(c.user()));
            Endpoint endpoint = checks.take(Endpoint.of(c.endpoint()));
            return checks.build(() -> Connection.open(id, tenant, user, endpoint, clock.instant(),
                    policy.connectionTtl()));
        }).flatMap(connections::create);
    }

    Either<Problem, Connection> touch(Touch command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            ConnectionId id = checks.take(ConnectionId.of(c.connectionId()));
            return checks.build(() -> new Key(tenant, id));
        }).flatMap(key -> Retry.onConflict(RETRIES, () -> live(key.tenant(), key.id())
                .flatMap(found -> connections.save(found.touch(clock.instant(), policy.connectionTtl())))));
    }

    Either<Problem, Disconnected> disconnect(Disconnect command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            ConnectionId id = checks.take(ConnectionId.of(c.connectionId()));
            return checks.build(() -> new Key(tenant, id));
        }).flatMap(key -> Retry.onConflict(RETRIES, () -> live(key.tenant(), key.id()).flatMap(connections::delete)))
                .flatMap(removed -> removeSubscriptions(removed, false)
                        .map(count -> new Disconnected(removed, count)));
    }

    Either<Problem, Page<Connection>> byUser(ListByUser command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            UserId user = checks.take(UserId.of(c.user()));
            PageRequest page = Inputs.page(checks, c.limit(), c.cursor());
            return checks.build(() -> connections.byUser(tenant, user, page));
        }).flatMap(result -> result);
    }

    Either<Problem, Page<Connection>> byTenant(ListByTenant command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            PageRequest page = Inputs.page(checks, c.limit(), c.cursor());
            return checks.build(() -> connections.byTenant(tenant, page));
        }).flatMap(result -> result);
    }

    Either<Problem, Connection> live(TenantId tenant, ConnectionId id) {
        return connections.find(tenant, id)
                .flatMap(found -> found.toEither(() -> new Problem.NotFound("connection", id.value())));
    }

    /** Removes (or, when {@code dryRun}, counts) every live subscription of a connection. */
    Either<Problem, Integer> removeSubscriptions(Connection connection, boolean dryRun) {
        int removed = 0;
        Option<Cursor> after = Option.none();
        do {
            Either<Problem, Page<Subscription>> batch = subscriptions.byConnection(connection.tenant(),
                    connection.id(), new PageRequest(PageRequest.MAX_LIMIT, after));
            if (batch.isLeft()) {
                return Either.left(batch.getLeft());
            }
            for (Subscription subscription : batch.get().items()) {
                Either<Problem, Subscription> deleted = dryRun ? Either.right(subscription)
                        : subscriptions.delete(subscription);
                if (deleted.isRight()) {
                    removed++;
                } else if (!(deleted.getLeft() instanceof Problem.NotFound)) {
                    return Either.left(deleted.getLeft());
                }
            }
            after = batch.get().next();
        } while (after.isDefined());
        return Either.right(removed);
    }

    private record Key(TenantId tenant, ConnectionId id) {
    }
}
