package dev.portside.testkit.realtime;

import dev.portside.testkit.time.MutableClock;
import static dev.portside.testkit.realtime.RealtimeFixtures.CURSORS;
import static dev.portside.testkit.realtime.RealtimeFixtures.T0;
import static dev.portside.testkit.realtime.RealtimeFixtures.connection;
import static dev.portside.testkit.realtime.RealtimeFixtures.freshTenant;
import static dev.portside.testkit.realtime.RealtimeFixtures.readAll;
import static dev.portside.testkit.realtime.RealtimeFixtures.request;
import static dev.portside.testkit.realtime.RealtimeFixtures.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.Progress;
import dev.portside.domain.realtime.RequestId;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The contract of every {@link RequestQueue} adapter. */
public abstract class RequestQueueContract {

    /** A queue over shared tables, reading time from {@code clock}. */
    protected abstract RequestQueue queue(Clock clock, CursorCodec cursors);

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(T0);

    private RequestQueue store() {
        return queue(clock, CURSORS);
    }

    private static Connection owner(TenantId tenant) {
        return connection(tenant, "conn-1", "ann", T0);
    }

    /** {@code count} pending requests r-0.. on conn-1 of {@code tenant}; the same ids under every tenant. */
    private static List<AsyncRequest> pendingRequests(RequestQueue queue, TenantId tenant, int count) {
        List<AsyncRequest> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(right(queue.create(request(owner(tenant), "r-" + i, T0.plusSeconds(i)))));
        }
        return created;
    }

    @Property(tries = 12)
    void no_query_of_one_tenant_sees_or_claims_the_other_tenants_requests(
            @ForAll @IntRange(min = 1, max = 5) int ofA, @ForAll @IntRange(min = 1, max = 5) int ofB,
            @ForAll @IntRange(min = 0, max = 3) int claimsOfA) {
        RequestQueue queue = store();
        TenantId a = freshTenant();
        TenantId b = freshTenant();
        Map<TenantId, Integer> created = Map.of(a, pendingRequests(queue, a, ofA).size(),
                b, pendingRequests(queue, b, ofB).size());
        int claimed = 0;
        for (int i = 0; i < claimsOfA; i++) {
            Option<AsyncRequest> claim = right(queue.claimOldestPending(a, T0.plusSeconds(10), LEASE));
            claim.forEach(r -> assertThat(r.tenant()).isEqualTo(a));
            claimed += claim.isDefined() ? 1 : 0;
        }
        assertThat(claimed).isEqualTo(Math.min(claimsOfA, ofA));

        for (TenantId tenant : List.of(a, b)) {
            int own = created.get(tenant);
            int processing = tenant.equals(a) ? claimed : 0;
            assertThat(readAll(2, p -> queue.byConnection(tenant, owner(tenant).id(), p)))
                    .hasSize(own).allSatisfy(r -> assertThat(r.tenant()).isEqualTo(tenant));
            assertThat(readAll(2, p -> queue.byStatus(tenant, RequestStatus.PENDING, p)))
                    .hasSize(own - processing).allSatisfy(r -> assertThat(r.tenant()).isEqualTo(tenant));
            assertThat(readAll(2, p -> queue.byStatus(tenant, RequestStatus.PROCESSING, p)))
                    .hasSize(processing).allSatisfy(r -> assertThat(r.tenant()).isEqualTo(tenant));
            for (int i = 0; i < 5; i++) {
                Option<AsyncRequest> found = right(queue.find(tenant, new RequestId("r-" + i)));
                assertThat(found.isDefined()).isEqualTo(i < own);
                found.forEach(r -> assertThat(r.tenant()).isEqualTo(tenant));
            }
        }
    }

    @Test
    void a_cursor_is_refused_for_another_tenant_another_query_or_altered_bytes() {
        RequestQueue queue = store();
        TenantId owner = freshTenant();
        TenantId stranger = freshTenant();
        pendingRequests(queue, owner, 3);
        pendingRequests(queue, stranger, 3);
        dev.portside.testkit.isolation.PagedQueries.refuseForeignCursors(owner, stranger,
                (tenant, page) -> queue.byConnection(tenant, owner(tenant).id(), page),
                (tenant, page) -> queue.byStatus(tenant, RequestStatus.PENDING, page));
    }

    @Test
    void a_request_round_trips_with_every_field() {
        RequestQueue queue = store();
        AsyncRequest pending = request(owner(freshTenant()), "r-1", T0);
        right(queue.create(pending));
        AsyncRequest started = right(queue.save(pending.claim(T0.plusSeconds(1), LEASE).get()));
        AsyncRequest reported = right(queue.save(started.reportProgress(1, new Progress(40), Option.some("half ✓"),
                T0.plusSeconds(2), LEASE).get()));
        assertThat(right(queue.find(pending.tenant(), pending.id())).get().claimedUntil())
                .contains(T0.plusSeconds(2).plus(LEASE));
        AsyncRequest done = reported.complete(1, new JsonPayload("{\"url\":\"s3://x\"}"), T0.plusSeconds(9)).get();
        AsyncRequest saved = right(queue.save(done));
        assertThat(saved.revision()).isEqualTo(new Revision(4));
        assertThat(right(queue.find(pending.tenant(), pending.id())).get()).isEqualTo(saved);
        AsyncRequest failed = right(queue.create(request(owner(pending.tenant()), "r-2", T0))).claim(T0, LEASE).get()
                .fail(1, "worker crashed", T0.plusSeconds(3)).get();
        right(queue.save(failed));
        assertThat(right(queue.find(pending.tenant(), failed.id())).get().error()).contains("worker crashed");
    }

    @Test
    void creating_an_existing_id_is_refused() {
        RequestQueue queue = store();
        AsyncRequest pending = right(queue.create(request(owner(freshTenant()), "r-1", T0)));
        assertThat(queue.create(pending).getLeft()).isEqualTo(new Problem.AlreadyExists("request", "r-1"));
    }

    @Test
    void a_stale_save_or_delete_is_a_conflict_and_a_missing_one_not_found() {
        RequestQueue queue = store();
        AsyncRequest pending = right(queue.create(request(owner(freshTenant()), "r-1", T0)));
        AsyncRequest cancelled = right(queue.save(pending.cancel(T0).get()));
        assertThat(queue.save(pending.cancel(T0).get()).getLeft())
                .isEqualTo(new Problem.Conflict("request", "r-1", new Revision(1), new Revision(2)));
        assertThat(queue.delete(pending).getLeft()).isInstanceOf(Problem.Conflict.class);
        right(queue.delete(cancelled));
        assertThat(queue.save(cancelled).getLeft()).isEqualTo(new Problem.NotFound("request", "r-1"));
        assertThat(right(queue.find(pending.tenant(), pending.id()))).isEmpty();
    }

    @Test
    void requests_of_a_connection_come_newest_first_and_by_status_oldest_first() {
        RequestQueue queue = store();
        TenantId tenant = freshTenant();
        Connection other = connection(tenant, "conn-2", "bob", T0);
        AsyncRequest a = right(queue.create(request(owner(tenant), "a", T0.plusSeconds(1))));
        AsyncRequest b = right(queue.create(request(owner(tenant), "b", T0.plusSeconds(3))));
        AsyncRequest c = right(queue.create(request(owner(tenant), "c", T0.plusSeconds(2))));
        AsyncRequest d = right(queue.create(request(other, "d", T0)));
        assertThat(right(queue.byConnection(tenant, owner(tenant).id(), PageRequest.first(10))).items())
                .containsExactly(b, c, a);
        assertThat(right(queue.byStatus(tenant, RequestStatus.PENDING, PageRequest.first(10))).items())
                .containsExactly(d, a, c, b);
        AsyncRequest cancelled = right(queue.save(c.cancel(T0).get()));
        assertThat(right(queue.byStatus(tenant, RequestStatus.PENDING, PageRequest.first(10))).items())
                .containsExactly(d, a, b);
        assertThat(right(queue.byStatus(tenant, RequestStatus.CANCELLED, PageRequest.first(10))).items())
                .containsExactly(cancelled);
        assertThat(right(queue.byStatus(freshTenant(), RequestStatus.PENDING, PageRequest.first(10))).items())
                .isEmpty();
    }

    @Test
    void claiming_takes_the_oldest_pending_request_and_starts_it() {
        RequestQueue queue = store();
        TenantId tenant = freshTenant();
        AsyncRequest younger = right(queue.create(request(owner(tenant), "young", T0.plusSeconds(5))));
        AsyncRequest older = right(queue.create(request(owner(tenant), "old", T0)));
        AsyncRequest claimed = right(queue.claimOldestPending(tenant, T0.plusSeconds(10), LEASE)).get();
        assertThat(claimed.id()).isEqualTo(older.id());
        assertThat(claimed.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.fencingToken()).isEqualTo(1);
        assertThat(claimed.claimedUntil()).contains(T0.plusSeconds(10).plus(LEASE));
        assertThat(claimed.startedAt()).contains(T0.plusSeconds(10));
        assertThat(claimed.revision()).isEqualTo(new Revision(2));
        assertThat(right(queue.find(tenant, older.id())).get()).isEqualTo(claimed);
        assertThat(right(queue.claimOldestPending(tenant, T0.plusSeconds(11), LEASE)).get().id())
                .isEqualTo(younger.id());
        assertThat(right(queue.claimOldestPending(tenant, T0.plusSeconds(12), LEASE))).isEmpty();
    }

    @Test
    void expired_requests_are_never_read_nor_claimed_but_listed_for_cleanup() {
        RequestQueue queue = store();
        TenantId tenant = freshTenant();
        AsyncRequest old = right(queue.create(request(owner(tenant), "old", T0)));
        AsyncRequest fresh = right(queue.create(request(owner(tenant), "fresh", T0.plus(Duration.ofDays(3)))));
        clock.advance(Duration.ofDays(8));
        assertThat(right(queue.find(tenant, old.id()))).isEmpty();
        assertThat(right(queue.byConnection(tenant, old.connection(), PageRequest.first(10))).items())
                .containsExactly(fresh);
        assertThat(right(queue.expired(tenant))).containsExactly(old);
        assertThat(right(queue.claimOldestPending(tenant, clock.instant(), LEASE)).get().id()).isEqualTo(fresh.id());
        assertThat(right(queue.claimOldestPending(tenant, clock.instant(), LEASE))).isEmpty();
    }

    @Test
    void a_request_whose_lease_ran_out_is_claimed_again_and_the_first_workers_write_is_refused() {
        RequestQueue queue = store();
        TenantId tenant = freshTenant();
        right(queue.create(request(owner(tenant), "job", T0)));
        AsyncRequest first = right(queue.claimOldestPending(tenant, T0, LEASE)).get();
        assertThat(right(queue.claimOldestPending(tenant, T0.plus(LEASE).minusMillis(1), LEASE))).isEmpty();
        AsyncRequest second = right(queue.claimOldestPending(tenant, T0.plus(LEASE), LEASE)).get();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.fencingToken()).isEqualTo(first.fencingToken() + 1);
        assertThat(second.claimedUntil()).contains(T0.plus(LEASE).plus(LEASE));
        assertThat(second.revision()).isEqualTo(first.revision().next());
        assertThat(queue.save(first.complete(first.fencingToken(), JsonPayload.EMPTY, T0).get()).getLeft())
                .isInstanceOf(Problem.Conflict.class);
        AsyncRequest stored = right(queue.find(tenant, first.id())).get();
        assertThat(stored).isEqualTo(second);
        assertThat(((Problem.Rejected) stored.complete(first.fencingToken(), JsonPayload.EMPTY, T0).getLeft()).rule())
                .isEqualTo("realtime.stale-claim");
    }

    @Test
    void a_request_whose_lease_lapsed_is_claimed_before_any_pending_one_earliest_lease_first() {
        RequestQueue queue = store();
        TenantId tenant = freshTenant();
        AsyncRequest first = right(queue.create(request(owner(tenant), "first", T0)));
        AsyncRequest second = right(queue.create(request(owner(tenant), "second", T0.plusSeconds(1))));
        right(queue.claimOldestPending(tenant, T0.plusSeconds(30), LEASE));
        right(queue.claimOldestPending(tenant, T0.plusSeconds(10), LEASE));
        AsyncRequest older = right(queue.create(request(owner(tenant), "older", T0.minusSeconds(60))));
        Instant later = T0.plus(LEASE).plusSeconds(30);
        assertThat(right(queue.claimOldestPending(tenant, later, LEASE)).get().id()).isEqualTo(second.id());
        assertThat(right(queue.claimOldestPending(tenant, later, LEASE)).get().id()).isEqualTo(first.id());
        assertThat(right(queue.claimOldestPending(tenant, later, LEASE)).get().id()).isEqualTo(older.id());
        assertThat(right(queue.claimOldestPending(tenant, later, LEASE))).isEmpty();
    }

    /** Steps: 0 claim, 1 wait half a lease, 2 wait a whole lease, 3 enqueue; lapsed leases go first. */
    @Property(tries = 10)
    void claims_follow_the_model_and_fencing_tokens_only_grow(
            @ForAll @Size(max = 24) List<@IntRange(min = 0, max = 3) Integer> steps) {
        MutableClock time = new MutableClock(T0);
        RequestQueue queue = queue(time, CURSORS);
        TenantId tenant = freshTenant();
        Map<RequestId, AsyncRequest> model = new TreeMap<>(Comparator.comparing(RequestId::value));
        int made = 0;
        for (int step : steps) {
            switch (step) {
                case 1 -> time.advance(LEASE.dividedBy(2));
                case 2 -> time.advance(LEASE);
                case 3 -> {
                    AsyncRequest created = right(queue.create(request(owner(tenant), String.format("r-%02d", made++),
                            time.instant())));
                    model.put(created.id(), created);
                }
                default -> {
                    Comparator<AsyncRequest> claimOrder = Comparator.comparing(r -> r.status() == RequestStatus.PENDING
                            ? String.format("1|%013d#%s", r.createdAt().toEpochMilli(), r.id().value())
                            : String.format("0|%013d#%s", r.claimedUntil().get().toEpochMilli(), r.id().value()));
                    Option<AsyncRequest> expected = Option.ofOptional(model.values().stream()
                            .filter(r -> r.isClaimable(time.instant())).min(claimOrder));
                    Option<AsyncRequest> claimed = right(queue.claimOldestPending(tenant, time.instant(), LEASE));
                    assertThat(claimed.map(AsyncRequest::id)).isEqualTo(expected.map(AsyncRequest::id));
                    claimed.forEach(now -> {
                        assertThat(now.fencingToken()).isEqualTo(model.get(now.id()).fencingToken() + 1);
                        model.put(now.id(), now);
                    });
                }
            }
        }
    }

    @Property(tries = 15)
    void paging_by_status_and_by_connection_returns_every_request_once_in_order(
            @ForAll @IntRange(min = 0, max = 25) int count, @ForAll @IntRange(min = 1, max = 7) int limit) {
        RequestQueue queue = queue(new MutableClock(T0), CURSORS);
        TenantId tenant = freshTenant();
        List<AsyncRequest> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(right(queue.create(request(owner(tenant), "r-" + (i * 7 % 11) + "-" + i,
                    T0.minusMillis(i % 3)))));
        }
        Comparator<AsyncRequest> oldestFirst = Comparator.comparing(AsyncRequest::createdAt)
                .thenComparing(r -> r.id().value());
        List<AsyncRequest> ascending = made.stream().sorted(oldestFirst).toList();
        List<AsyncRequest> descending = made.stream().sorted(oldestFirst.reversed()).toList();
        assertThat(readAll(limit, page -> queue.byStatus(tenant, RequestStatus.PENDING, page)))
                .containsExactlyElementsOf(ascending);
        assertThat(readAll(limit, page -> queue.byConnection(tenant, owner(tenant).id(), page)))
                .containsExactlyElementsOf(descending);
    }
}
