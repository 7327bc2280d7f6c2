package dev.portside.application.realtime;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Removes connections idle for longer than a threshold (and their subscriptions), then requests and
 * subscriptions past their expiry. An item changed or removed concurrently is skipped, not counted.
 */
final class CleanupUseCase {

    static final Duration MAX_STALE_AFTER = Duration.ofDays(366);

    private final ConnectionUseCases connectionUseCases;
    private final ConnectionStore connections;
    private final RequestQueue queue;
    private final SubscriptionStore subscriptions;
    private final Clock clock;

    CleanupUseCase(ConnectionUseCases connectionUseCases, ConnectionStore connections, RequestQueue queue,
                   SubscriptionStore subscriptions, Clock clock) {
        this.connectionUseCases = connectionUseCases;
        this.connections = connections;
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    Either<Problem, CleanupReport> cleanup(Cleanup command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            checks.require(c.staleAfter() != null && !c.staleAfter().isNegative() && !c.staleAfter().isZero()
                            && c.staleAfter().compareTo(MAX_STALE_AFTER) <= 0,
                    "staleAfter", c.staleAfter(), "must be a positive duration of at most 366 days");
            return checks.build(() -> run(tenant, c.staleAfter(), c.dryRun()));
        }).flatMap(result -> result);
    }

    private Either<Problem, CleanupReport> run(TenantId tenant, Duration staleAfter, boolean dryRun) {
        Instant cutoff = clock.instant().minus(staleAfter);
        Either<Problem, List<Connection>> stale = connections.staleOrExpired(tenant, cutoff);
        if (stale.isLeft()) {
            return Either.left(stale.getLeft());
        }
        int removedConnections = 0;
        int removedSubscriptions = 0;
        for (Connection connection : stale.get()) {
            Either<Problem, Boolean> gone = dryRun ? Either.right(true) : skipRaces(connections.delete(connection));
            if (gone.isLeft()) {
                return Either.left(gone.getLeft());
            }
            if (gone.get()) {
                Either<Problem, Integer> subs = connectionUseCases.removeSubscriptions(connection, dryRun);
                if (subs.isLeft()) {
                    return Either.left(subs.getLeft());
                }
                removedConnections++;
                removedSubscriptions += subs.get();
            }
        }
        Either<Problem, Integer> requests = queue.expired(tenant)
                .flatMap(found -> removeAll(found, dryRun, queue::delete));
        Either<Problem, Integer> expiredSubscriptions = subscriptions.expired(tenant)
                .flatMap(found -> removeAll(found, dryRun, subscriptions::delete));
        int connectionsCount = removedConnections;
        int subscriptionsCount = removedSubscriptions;
        return requests.flatMap(r -> expiredSubscriptions.map(s ->
                new CleanupReport(connectionsCount, subscriptionsCount, r, s, dryRun)));
    }

    private static <T> Either<Problem, Integer> removeAll(List<T> items, boolean dryRun,
                                                          Function<T, Either<Problem, T>> delete) {
        if (dryRun) {
            return Either.right(items.size());
        }
        int removed = 0;
        for (T item : items) {
            Either<Problem, Boolean> gone = skipRaces(delete.apply(item));
            if (gone.isLeft()) {
                return Either.left(gone.getLeft());
            }
            removed += gone.get() ? 1 : 0;
        }
        return Either.right(removed);
    }

    /** Right(true) when removed, Right(false) when someone else changed or removed it first. */
    private static <T> Either<Problem, Boolean> skipRaces(Either<Problem, T> deleted) {
        if (deleted.isRight()) {
            return Either.right(true);
        }
        Problem problem = deleted.getLeft();
        return problem instanceof Problem.Conflict || problem instanceof Problem.NotFound
                ? Either.right(false) : Either.left(problem);
    }
}
