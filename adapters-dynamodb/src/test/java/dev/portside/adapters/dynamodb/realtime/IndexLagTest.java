package dev.portside.adapters.dynamodb.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import dev.portside.testkit.realtime.RealtimeFixtures;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request queue while its indexes lag behind the table (the test server's lag mode): a claim proposed by a
 * stale index entry is decided by the conditional write on the item, so no request is claimed twice, none is lost,
 * and a claim answers "nothing to claim" instead of spinning on entries the index has not caught up with.
 */
class IndexLagTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final RealtimeTables tables = RealtimeTestTables.of(BACKEND.client());
    private final MutableClock clock = new MutableClock(RealtimeFixtures.T0);
    private final TenantId tenant = RealtimeFixtures.freshTenant();
    private final RequestQueue queue = new DynamoRequestQueue(BACKEND.client(), tables, clock,
            RealtimeFixtures.CURSORS);

    private void lag() {
        BACKEND.control(tables.requests(), Map.of("indexLagMs", 60_000L));
    }

    private void catchUp() {
        BACKEND.control(tables.requests(), Map.of("catchUp", 1L));
    }

    @AfterEach
    void noLag() {
        BACKEND.control(tables.requests(), Map.of("indexLagMs", 0L));
    }

    @Test
    void claims_under_a_lagging_index_take_each_request_once() {
        Connection owner = RealtimeFixtures.connection(tenant, "conn", "ann", clock.instant());
        lag();
        for (int i = 0; i < 3; i++) {
            queue.create(RealtimeFixtures.request(owner, "r" + i, clock.instant().plusMillis(i))).get();
        }
        assertThat(queue.claimOldestPending(tenant, clock.instant(), LEASE).get())
                .as("the index has not seen the requests yet: nothing to claim, nothing lost").isEmpty();
        catchUp();
        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Option<AsyncRequest> next = queue.claimOldestPending(tenant, clock.instant(), LEASE).get();
            next.forEach(r -> claimed.add(r.id().value()));
        }
        assertThat(claimed).as("the index still shows the claimed ones as PENDING").containsExactly("r0", "r1", "r2");
        for (String id : claimed) {
            AsyncRequest stored = queue.find(tenant, new RequestId(id)).get().get();
            assertThat(stored.status()).isEqualTo(RequestStatus.PROCESSING);
            assertThat(stored.fencingToken()).isEqualTo(1);
        }
    }

    @Test
    void a_request_completed_after_the_index_saw_it_pending_is_not_claimed() {
        Connection owner = RealtimeFixtures.connection(tenant, "conn", "ann", clock.instant());
        queue.create(RealtimeFixtures.request(owner, "done", clock.instant())).get();
        AsyncRequest claimed = queue.claimOldestPending(tenant, clock.instant(), LEASE).get().get();
        lag();
        queue.save(claimed.complete(claimed.fencingToken(), dev.portside.domain.realtime.JsonPayload.EMPTY,
                clock.instant()).get()).get();
        clock.advance(LEASE.plusMinutes(1));
        assertThat(queue.claimOldestPending(tenant, clock.instant(), LEASE).get())
                .as("the index still lists it as PROCESSING with a lapsed lease").isEmpty();
        assertThat(queue.find(tenant, new RequestId("done")).get().get().status()).isEqualTo(RequestStatus.COMPLETED);
    }
}
