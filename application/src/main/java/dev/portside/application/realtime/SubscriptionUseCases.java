package dev.portside.application.realtime;

import dev.portside.application.realtime.RealtimeCommands.AddSubscription;
import dev.portside.application.realtime.RealtimeCommands.ListSubscriptionsOfConnection;
import dev.portside.application.realtime.RealtimeCommands.ListSubscriptionsOfRequest;
import dev.portside.application.realtime.RealtimeCommands.RemoveSubscription;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UseCaseObserver;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;

/** The subscriptions of a {@link RealtimeHub}: a live connection follows a request's events; remove and list them. */
public final class SubscriptionUseCases {

    private static final String CONTEXT = "realtime";

    private final ConnectionUseCases connections;
    private final RequestUseCases requests;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RealtimePolicy policy;
    private final UseCaseObserver observer;

    SubscriptionUseCases(ConnectionUseCases connections, RequestUseCases requests, SubscriptionStore subscriptions,
                         Clock clock, IdGenerator ids, RealtimePolicy policy,
                         UseCaseObserver observer) {
        this.connections = connections;
        this.requests = requests;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
        this.observer = observer;
    }

    /** Subscribes a live connection to an existing request's events. */
    public Either<Problem, Subscription> add(AddSubscription c) {
        return observer.observe(CONTEXT, "subscriptions.add", () -> addUnobserved(c));
    }

    private Either<Problem, Subscription> addUnobserved(AddSubscription c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        RequestUseCases.Key request = RequestUseCases.key(checks, c.tenant(), c.requestId());
        ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
        List<String> events = checks.takeAll(Subscription.eventTypes(c.eventTypes()));
        SubscriptionId id = checks.take(SubscriptionId.of(ids.newId()));
        return checks.build(() -> request)
                .flatMap(key -> connections.live(key.tenant(), connection))
                .flatMap(live -> requests.load(request))
                .map(found -> Subscription.make(id, request.tenant(), connection, found.id(), events,
                        clock.instant(), policy.subscriptionTtl()))
                .flatMap(subscriptions::create);
    }

    public Either<Problem, Subscription> remove(RemoveSubscription c) {
        return observer.observe(CONTEXT, "subscriptions.remove", () -> removeUnobserved(c));
    }

    private Either<Problem, Subscription> removeUnobserved(RemoveSubscription c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        SubscriptionId id = checks.take(SubscriptionId.of(c.subscriptionId()));
        return checks.build(() -> id)
                .flatMap(key -> Checks.found(subscriptions.find(tenant, key), "subscription", key.value()))
                .flatMap(subscriptions::delete);
    }

    public Either<Problem, Page<Subscription>> ofConnection(ListSubscriptionsOfConnection c) {
        return observer.observe(CONTEXT, "subscriptions.ofConnection", () -> ofConnectionUnobserved(c));
    }

    private Either<Problem, Page<Subscription>> ofConnectionUnobserved(ListSubscriptionsOfConnection c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> subscriptions.byConnection(tenant, connection, p));
    }

    public Either<Problem, Page<Subscription>> ofRequest(ListSubscriptionsOfRequest c) {
        return observer.observe(CONTEXT, "subscriptions.ofRequest", () -> ofRequestUnobserved(c));
    }

    private Either<Problem, Page<Subscription>> ofRequestUnobserved(ListSubscriptionsOfRequest c) {
        if (c == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(c.tenant());
        RequestId request = checks.take(RequestId.of(c.requestId()));
        PageRequest page = checks.page(c.limit(), c.after());
        return checks.build(() -> page).flatMap(p -> subscriptions.byRequest(tenant, request, p));
    }
}
