package dev.portside.application.realtime;

import dev.portside.application.realtime.SubscriptionCommands.ListByConnection;
import dev.portside.application.realtime.SubscriptionCommands.ListByRequest;
import dev.portside.application.realtime.SubscriptionCommands.Subscribe;
import dev.portside.application.realtime.SubscriptionCommands.Unsubscribe;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.ConnectionId;
import dev.portside.domain.realtime.RealtimePolicy;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.Subscription;
import dev.portside.domain.realtime.SubscriptionId;
import dev.portside.domain.realtime.SubscriptionStore;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;

/** Subscribe a live connection to a request's events, unsubscribe, and list subscriptions. */
final class SubscriptionUseCases {

    private final ConnectionUseCases connections;
    private final RequestUseCases requests;
    private final SubscriptionStore subscriptions;
    private final Clock clock;
    private final IdGenerator ids;
    private final RealtimePolicy policy;

    SubscriptionUseCases(ConnectionUseCases connections, RequestUseCases requests, SubscriptionStore subscriptions,
                         Clock clock, IdGenerator ids, RealtimePolicy policy) {
        this.connections = connections;
        this.requests = requests;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
    }

    Either<Problem, Subscription> subscribe(Subscribe command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            RequestUseCases.Key request = RequestUseCases.key(checks, c.tenant(), c.requestId());
            ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
            List<String> events = checks.takeAll(Subscription.eventTypes(c.eventTypes()));
            SubscriptionId id = checks.take(SubscriptionId.of(ids.newId()));
            return checks.build(() -> connections.live(request.tenant(), connection)
                    .flatMap(live -> requests.load(request))
                    .map(found -> Subscription.make(id, request.tenant(), connection, found.id(), events,
                            clock.instant(), policy.subscriptionTtl())));
        }).flatMap(made -> made).flatMap(subscriptions::create);
    }

    Either<Problem, Subscription> unsubscribe(Unsubscribe command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            SubscriptionId id = checks.take(SubscriptionId.of(c.subscriptionId()));
            return checks.build(() -> subscriptions.find(tenant, id)
                    .flatMap(found -> found.toEither(() -> new Problem.NotFound("subscription", id.value()))));
        }).flatMap(found -> found).flatMap(subscriptions::delete);
    }

    Either<Problem, Page<Subscription>> byConnection(ListByConnection command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            ConnectionId connection = checks.take(ConnectionId.of(c.connectionId()));
            PageRequest page = Inputs.page(checks, c.limit(), c.cursor());
            return checks.build(() -> subscriptions.byConnection(tenant, connection, page));
        }).flatMap(result -> result);
    }

    Either<Problem, Page<Subscription>> byRequest(ListByRequest command) {
        return Inputs.present(command).flatMap(c -> {
            Checks checks = Checks.start();
            TenantId tenant = Inputs.tenant(checks, c.tenant());
            RequestId request = checks.take(RequestId.of(c.requestId()));
            PageRequest page = Inputs.page(checks, c.limit(), c.cursor());
            return checks.build(() -> subscriptions.byRequest(tenant, request, page));
        }).flatMap(result -> result);
    }
}
