package dev.portside.application.realtime;

import dev.portside.application.realtime.RealtimeCommands.RunCleanup;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.ConnectionStore;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The realtime context, grouped by aggregate: {@link #connections()}, an asynchronous request queue with
 * exactly-once claims ({@link #requests()}), {@link #subscriptions()} to request events, and the hub-wide
 * {@link #cleanup}. Every use case takes a {@link RealtimeCommands} record, checks all of it at once and answers
 * {@code Either<Problem, Result>}; nothing throws for an anticipated outcome.
 */
public final class RealtimeHub {

    private static final String CONTEXT = "realtime";

    static final Duration MAX_STALE_AFTER = Duration.ofDays(366);
    static final int MAX_CLEANUP_BATCH = 100_000;

    private final ConnectionUseCases connectionUseCases;
    private final RequestUseCases requests;
    private final SubscriptionUseCases subscriptionUseCases;
    private final ConnectionStore connections;
    private final RequestQueue queue;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final UseCaseObserver observer;

    public RealtimeHub(ConnectionStore connectionStore, RequestQueue queue, SubscriptionStore subscriptionStore,
                       Clock clock, IdGenerator ids, RealtimePolicy policy) {
        this(connectionStore, queue, subscriptionStore, clock, ids, policy, UseCaseObserver.NONE);
    }

    /** The same, with each use case run through {@code observer}. */
    public RealtimeHub(ConnectionStore connectionStore, RequestQueue queue, SubscriptionStore subscriptionStore,
                       Clock clock, IdGenerator ids, RealtimePolicy policy,
                       UseCaseObserver observer) {
        this.connectionUseCases = new ConnectionUseCases(connectionStore, subscriptionStore, clock, ids, policy,
                observer);
        this.requests = new RequestUseCases(connectionUseCases, queue, clock, ids, policy, observer);
        this.subscriptionUseCases = new SubscriptionUseCases(connectionUseCases, requests, subscriptionStore, clock,
                ids, policy, observer);
        this.connections = connectionStore;
        this.queue = queue;
        this.subscriptions = subscriptionStore;
        this.clock = clock;
        this.observer = observer;
    }

    public ConnectionUseCases connections() {
        return connectionUseCases;
    }

    public RequestUseCases requests() {
        return requests;
    }

    public SubscriptionUseCases subscriptions() {
        return subscriptionUseCases;
    }

    /**
     * Removes connections idle for longer than a threshold (with their subscriptions), then requests and
     * subscriptions past their expiry, and reports the counts. An item changed or removed concurrently is skipped,
     * not counted.
     */
    public Either<Problem, CleanupReport> cleanup(RunCleanup c) {
        return observer.observe(CONTEXT, "cleanup", () -> cleanupUnobserved(c));
    }

    private Either<Problem, CleanupReport> cleanupUnobserved(RunCleanup c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        checks.require(c.staleAfter() != null && !c.staleAfter().isNegative() && !c.staleAfter().isZero()
                        && c.staleAfter().compareTo(MAX_STALE_AFTER) <= 0,
                "staleAfter", c.staleAfter(), "must be a positive duration of at most 366 days");
        checks.require(c.batchSize() == null || c.batchSize() >= 1 && c.batchSize() <= MAX_CLEANUP_BATCH,
                "batchSize", c.batchSize(), "must be between 1 and " + MAX_CLEANUP_BATCH);
        int batch = c.batchSize() == null ? Integer.MAX_VALUE : c.batchSize();
        return checks.build(() -> tenant).flatMap(t -> run(t, c.staleAfter(), c.dryRun(), batch));
    }

    private Either<Problem, CleanupReport> run(TenantId tenant, Duration staleAfter, boolean dryRun, int batch) {
        Instant cutoff = clock.instant().minus(staleAfter);
        Either<Problem, List<Connection>> stale = connections.staleOrExpired(tenant, cutoff);
        if (stale.isLeft()) {
            return Either.left(stale.getLeft());
        }
        int removedConnections = 0;
        int removedSubscriptions = 0;
        for (Connection connection : first(stale.get(), batch)) {
            Either<Problem, Integer> subs = dryRun ? connectionUseCases.countSubscriptions(connection)
                    : subscriptions.disconnect(connection);
            if (subs.isLeft()) {
                if (raced(subs.getLeft())) {
                    continue;
                }
                return Either.left(subs.getLeft());
            }
            removedConnections++;
            removedSubscriptions += subs.get();
        }
        Either<Problem, Integer> requests = queue.expired(tenant)
                .flatMap(found -> removeAll(first(found, batch), dryRun, queue::delete));
        Either<Problem, Integer> expiredSubscriptions = subscriptions.expired(tenant)
                .flatMap(found -> removeAll(first(found, batch), dryRun, subscriptions::delete));
        int connectionsCount = removedConnections;
        int subscriptionsCount = removedSubscriptions;
        return requests.flatMap(r -> expiredSubscriptions.map(s ->
                new CleanupReport(connectionsCount, subscriptionsCount, r, s, dryRun)));
    }

    private static <T> List<T> first(List<T> items, int most) {
        return items.size() <= most ? items : items.subList(0, most);
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
        return raced(problem) ? Either.right(false) : Either.left(problem);
    }

    /** Someone else changed or removed the item first. */
    private static boolean raced(Problem problem) {
        return problem instanceof Problem.Conflict || problem instanceof Problem.NotFound;
    }
}
