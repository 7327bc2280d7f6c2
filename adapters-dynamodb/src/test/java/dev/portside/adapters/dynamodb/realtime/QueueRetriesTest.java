package dev.portside.adapters.dynamodb.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.realtime.RealtimeFixtures;
import dev.portside.testkit.time.MutableClock;
import java.time.Duration;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The queue's claim, complete and fail whose reply is lost (applied, answered 500, retried by the SDK): the retry
 * finds the item carrying its own write (write id, hence its own fencing token) and answers success, not "taken by
 * another worker", Conflict or a second claim.
 */
class QueueRetriesTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(RealtimeFixtures.T0);
    private final TenantId tenant = RealtimeFixtures.freshTenant();
    private final Connection owner = RealtimeFixtures.connection(tenant, "conn", "ann", RealtimeFixtures.T0);

    private RequestQueue queue(DynamoDbClient client) {
        return new DynamoRequestQueue(client, RealtimeTestTables.of(BACKEND.client()), clock, RealtimeFixtures.CURSORS);
    }

    private AsyncRequest stored(String id) {
        return queue(BACKEND.client()).find(tenant, new dev.portside.domain.realtime.RequestId(id)).get().get();
    }

    @Test
    void a_claim_whose_reply_was_lost_is_recognised_as_this_workers_claim() {
        queue(BACKEND.client()).create(RealtimeFixtures.request(owner, "r1", clock.instant())).get();
        FaultInjector injector = DynamoFaults.losingReplies("PutItem", 1);
        AsyncRequest claimed;
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            claimed = queue(client).claimOldestPending(tenant, clock.instant(), LEASE).get().get();
        }
        assertThat(injector.struck()).containsExactly("PutItem: lost reply (500)");
        assertThat(claimed.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(claimed.fencingToken()).isEqualTo(1);
        assertThat(stored("r1")).isEqualTo(claimed);
        assertThat(queue(BACKEND.client()).claimOldestPending(tenant, clock.instant(), LEASE).get())
                .as("nothing else to claim: the lost reply did not leave the request pending").isEmpty();
    }

    @Test
    void a_complete_whose_reply_was_lost_succeeds_once() {
        finishAfterLostReply("r2", (r, at) -> r.complete(r.fencingToken(), new JsonPayload("{\"ok\":true}"), at),
                RequestStatus.COMPLETED);
    }

    @Test
    void a_fail_whose_reply_was_lost_succeeds_once() {
        finishAfterLostReply("r3", (r, at) -> r.fail(r.fencingToken(), "boom", at), RequestStatus.FAILED);
    }

    @Test
    void a_stale_complete_after_a_lost_reply_is_still_refused() {
        RequestQueue plain = queue(BACKEND.client());
        plain.create(RealtimeFixtures.request(owner, "r4", clock.instant())).get();
        AsyncRequest first = plain.claimOldestPending(tenant, clock.instant(), LEASE).get().get();
        clock.advance(LEASE.plusSeconds(1));
        AsyncRequest second = plain.claimOldestPending(tenant, clock.instant(), LEASE).get().get();
        assertThat(second.fencingToken()).isEqualTo(first.fencingToken() + 1);
        FaultInjector injector = DynamoFaults.losingReplies("PutItem", 1);
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            AsyncRequest stale = first.complete(first.fencingToken(), JsonPayload.EMPTY, clock.instant()).get();
            assertThat(queue(client).save(stale).getLeft()).isInstanceOf(Problem.Conflict.class);
        }
        assertThat(stored("r4")).isEqualTo(second);
    }

    private void finishAfterLostReply(String id, BiFunction<AsyncRequest, java.time.Instant,
            io.vavr.control.Either<Problem, AsyncRequest>> finish, RequestStatus status) {
        RequestQueue plain = queue(BACKEND.client());
        plain.create(RealtimeFixtures.request(owner, id, clock.instant())).get();
        AsyncRequest claimed = plain.claimOldestPending(tenant, clock.instant(), LEASE).get().get();
        FaultInjector injector = DynamoFaults.losingReplies("PutItem", 1);
        AsyncRequest finished;
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            finished = queue(client).save(finish.apply(claimed, clock.instant()).get()).get();
        }
        assertThat(injector.struck()).containsExactly("PutItem: lost reply (500)");
        assertThat(finished.status()).isEqualTo(status);
        assertThat(finished.revision()).isEqualTo(claimed.revision().next());
        assertThat(stored(id)).isEqualTo(finished);
    }
}
