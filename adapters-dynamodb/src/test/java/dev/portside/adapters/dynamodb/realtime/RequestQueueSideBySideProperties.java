package dev.portside.adapters.dynamodb.realtime;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.inmemory.realtime.InMemoryRequestQueue;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.Progress;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import dev.portside.testkit.time.MutableClock;
import dev.portside.testkit.realtime.RealtimeFixtures;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random operation sequences run against the in-memory reference queue and the DynamoDB queue side
 * by side; every answer (values, problems, pages with their cursors) must be the same.
 */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
class RequestQueueSideBySideProperties {

    private static final Duration LEASE = Duration.ofHours(2);

    sealed interface Step permits Enqueue, Claim, Change, ByStatus, ByConnection, Advance {
        Object run(RequestQueue queue, TenantId tenant, MutableClock clock);
    }

    record Enqueue(int n, int ageMillis) implements Step {
        public Object run(RequestQueue queue, TenantId tenant, MutableClock clock) {
            Connection owner = RealtimeFixtures.connection(tenant, "conn-" + (n % 2), "ann", clock.instant());
            return queue.create(RealtimeFixtures.request(owner, "r-" + n, clock.instant().minusMillis(ageMillis)));
        }
    }

    record Claim() implements Step {
        public Object run(RequestQueue queue, TenantId tenant, MutableClock clock) {
            return queue.claimOldestPending(tenant, clock.instant(), LEASE);
        }
    }

    record Change(int n, int kind, int percent) implements Step {
        public Object run(RequestQueue queue, TenantId tenant, MutableClock clock) {
            Function<AsyncRequest, Either<Problem, AsyncRequest>> rule = switch (kind) {
                case 0 -> r -> r.cancel(clock.instant());
                case 1 -> r -> r.complete(r.fencingToken(), JsonPayload.EMPTY, clock.instant());
                case 2 -> r -> r.fail(r.fencingToken(), "boom", clock.instant());
                case 3 -> r -> r.complete(r.fencingToken() - 1, JsonPayload.EMPTY, clock.instant());
                default -> r -> r.reportProgress(r.fencingToken(), new Progress(percent), Option.some("p" + percent),
                        clock.instant(), LEASE);
            };
            return queue.find(tenant, new RequestId("r-" + n))
                    .flatMap(found -> found.toEither(() -> (Problem) new Problem.NotFound("request", "r-" + n)))
                    .flatMap(rule).flatMap(queue::save);
        }
    }

    record ByStatus(RequestStatus status, int limit) implements Step {
        public Object run(RequestQueue queue, TenantId tenant, MutableClock clock) {
            return queue.byStatus(tenant, status, PageRequest.first(limit));
        }
    }

    record ByConnection(int limit) implements Step {
        public Object run(RequestQueue queue, TenantId tenant, MutableClock clock) {
            return queue.byConnection(tenant, new dev.portside.domain.realtime.ConnectionId("conn-0"),
                    PageRequest.first(limit));
        }
    }

    record Advance(int hours) implements Step {
        public Object run(RequestQueue queue, TenantId tenant, MutableClock clock) {
            clock.advance(Duration.ofHours(hours));
            return queue.expired(tenant).map(list -> list.stream().map(AsyncRequest::id)
                    .map(RequestId::value).sorted().toList());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> ids = Arbitraries.integers().between(0, 7);
        return Arbitraries.<Step>oneOf(
                Arbitraries.just(new Claim()),
                Combinators.combine(ids, Arbitraries.integers().between(0, 3)).as(Enqueue::new),
                Combinators.combine(ids, Arbitraries.integers().between(0, 3)).as(Enqueue::new),
                Arbitraries.just(new Claim()),
                Combinators.combine(ids, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 100))
                        .as(Change::new),
                Combinators.combine(Arbitraries.of(RequestStatus.class), Arbitraries.integers().between(1, 4))
                        .as(ByStatus::new),
                Arbitraries.integers().between(1, 4).map(ByConnection::new),
                Arbitraries.integers().between(0, 80).map(Advance::new))
                .list().ofMinSize(5).ofMaxSize(30);
    }

    @Property(tries = 12)
    void the_dynamodb_queue_answers_every_step_like_the_in_memory_reference(@ForAll("steps") List<Step> steps) {
        var client = DynamoDbBackend.shared().client();
        TenantId tenant = RealtimeFixtures.freshTenant();
        MutableClock referenceClock = new MutableClock(RealtimeFixtures.T0);
        MutableClock dynamoClock = new MutableClock(RealtimeFixtures.T0);
        RequestQueue reference = new InMemoryRequestQueue(referenceClock, RealtimeFixtures.CURSORS);
        RequestQueue dynamo = new DynamoRequestQueue(client, RealtimeTestTables.of(client), dynamoClock,
                RealtimeFixtures.CURSORS);
        for (Step step : steps) {
            Object expected = step.run(reference, tenant, referenceClock);
            Object actual = step.run(dynamo, tenant, dynamoClock);
            assertThat(actual).as("%s", step).isEqualTo(expected);
        }
    }
}
