package dev.portside.testkit.realtime;

import static dev.portside.testkit.realtime.RealtimeFixtures.CURSORS;
import static dev.portside.testkit.realtime.RealtimeFixtures.POLICY;
import static dev.portside.testkit.realtime.RealtimeFixtures.T0;
import static dev.portside.testkit.realtime.RealtimeFixtures.connection;
import static dev.portside.testkit.realtime.RealtimeFixtures.freshTenant;
import static dev.portside.testkit.realtime.RealtimeFixtures.readAll;
import static dev.portside.testkit.realtime.RealtimeFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.realtime.AsyncRequest;
import dev.portside.domain.realtime.Connection;
import dev.portside.domain.realtime.JsonPayload;
import dev.portside.domain.realtime.Progress;
import dev.portside.domain.realtime.RequestQueue;
import dev.portside.domain.realtime.RequestStatus;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The asynchronous request lifecycle as a jqwik action chain on a {@link RequestQueue}, driven as a worker drives
 * it: enqueue (sometimes an id that exists), claim the next claimable request, report progress, complete, fail or
 * cancel a request (each rule applied to the request as read back, with the current claim's fencing token or a
 * stale one), write an old copy back, let time pass on a {@link MutableClock} (a second, half a lease, a whole
 * lease, three days of the seven-day time to live) and clean up what expired. A model of each request's status,
 * progress, claim count, lease end and revision decides every answer, down to the {@link Problem} kind and rule;
 * after every step each request reads back as the model holds it (expired ones not at all), the listings by
 * status and by connection hold exactly the live requests in their order, and the expired listing exactly the
 * expired ones not yet deleted.
 */
@PropertyDefaults(tries = 80)
public abstract class AsyncRequestLifecycleChain {

    private static final Duration LEASE = POLICY.claimLease();
    private static final Duration TTL = POLICY.requestTtl();
    private static final int MAX_REQUESTS = 5;

    /** A queue over shared tables, reading time from {@code clock}. */
    protected abstract RequestQueue queue(Clock clock, CursorCodec cursors);

    /**
     * The longest chain a try runs. A subclass on a real backend may shorten it, and lower the tries with its own
     * {@code @PropertyDefaults(tries = ...)}, to keep its run time in bounds; the in-memory run keeps these.
     */
    protected int maxSteps() {
        return 30;
    }

    /** One request as the model sees it. */
    static final class Job {

        final String id;
        final Instant createdAt;
        final Instant expiresAt;
        RequestStatus status = RequestStatus.PENDING;
        int progress;
        int attempts;
        Instant claimedUntil;
        long revision = 1;
        boolean deleted;
        /** Every version the queue handed out, oldest first; the last is the stored one. */
        final List<AsyncRequest> copies = new ArrayList<>();

        Job(AsyncRequest created) {
            this.id = created.id().value();
            this.createdAt = created.createdAt();
            this.expiresAt = created.expiresAt();
            this.copies.add(created);
        }

        AsyncRequest stored() {
            return copies.get(copies.size() - 1);
        }

        boolean live(Instant now) {
            return !deleted && expiresAt.isAfter(now);
        }

        boolean claimable(Instant now) {
            return status == RequestStatus.PENDING
                    || status == RequestStatus.PROCESSING && !now.isBefore(claimedUntil);
        }
    }

    /** The queue under test, its clock, and the model of one connection's requests in a fresh tenant. */
    static final class World {

        private final MutableClock clock = new MutableClock(T0);
        private final RequestQueue queue;
        private final TenantId tenant = freshTenant();
        private final Connection owner = connection(tenant, "conn-1", "ann", T0);
        private final List<Job> jobs = new ArrayList<>();

        World(Function<Clock, RequestQueue> queues) {
            this.queue = queues.apply(clock);
        }

        private Instant now() {
            return clock.instant();
        }

        private List<Job> live() {
            return jobs.stream().filter(j -> j.live(now())).toList();
        }

        private Job pick(int k) {
            List<Job> live = live();
            return live.get(k % live.size());
        }

        void enqueue() {
            AsyncRequest pending = request(owner, "r-" + jobs.size(), now());
            AsyncRequest created = right("enqueue", queue.create(pending));
            assertThat(created).isEqualTo(pending);
            assertThat(created.revision()).isEqualTo(Revision.INITIAL);
            jobs.add(new Job(created));
        }

        void enqueueAgain(int k) {
            Job job = pick(k);
            Either<Problem, AsyncRequest> answer = queue.create(request(owner, job.id, now()));
            assertThat(answer.isLeft()).as("enqueue of existing %s: %s", job.id, answer).isTrue();
            assertThat(answer.getLeft()).isEqualTo(new Problem.AlreadyExists("request", job.id));
        }

        void claim() {
            Comparator<Job> order = Comparator.comparing((Job j) -> j.status == RequestStatus.PENDING ? 1 : 0)
                    .thenComparing(j -> j.status == RequestStatus.PENDING ? j.createdAt : j.claimedUntil)
                    .thenComparing(j -> j.id);
            Option<Job> expected = Option.ofOptional(live().stream().filter(j -> j.claimable(now())).min(order));
            Option<AsyncRequest> claimed = right("claim", queue.claimOldestPending(tenant, now(), LEASE));
            assertThat(claimed.map(r -> r.id().value())).as("claimed").isEqualTo(expected.map(j -> j.id));
            expected.forEach(job -> {
                job.status = RequestStatus.PROCESSING;
                job.attempts++;
                job.claimedUntil = now().plus(LEASE);
                job.revision++;
                accept(job, claimed.get());
                assertThat(claimed.get().startedAt()).contains(now());
            });
        }

        void progress(int k, int percent, boolean stale) {
            Job job = pick(k);
            long token = token(job, stale);
            Either<Problem, AsyncRequest> answer = work(job, r -> r.reportProgress(token, new Progress(percent),
                    Option.some("at " + percent), now(), LEASE));
            if (job.status != RequestStatus.PROCESSING) {
                expectRule(answer, job.status.isTerminal() ? "realtime.terminal-request"
                        : "realtime.progress-needs-processing");
            } else if (token != job.attempts) {
                expectRule(answer, "realtime.stale-claim");
            } else if (percent < job.progress) {
                expectRule(answer, "realtime.progress-never-decreases");
            } else {
                job.progress = percent;
                job.claimedUntil = now().plus(LEASE);
                job.revision++;
                accept(job, right("progress", answer));
            }
        }

        void finish(int k, boolean complete, boolean stale) {
            Job job = pick(k);
            long token = token(job, stale);
            RequestStatus next = complete ? RequestStatus.COMPLETED : RequestStatus.FAILED;
            Either<Problem, AsyncRequest> answer = work(job, r -> complete
                    ? r.complete(token, new JsonPayload("{\"done\":\"" + job.id + "\"}"), now())
                    : r.fail(token, "worker gave up", now()));
            if (job.status.isTerminal()) {
                expectRule(answer, "realtime.terminal-request");
            } else if (job.status != RequestStatus.PROCESSING) {
                expectRule(answer, "realtime.status-transition");
            } else if (token != job.attempts) {
                expectRule(answer, "realtime.stale-claim");
            } else {
                job.status = next;
                job.progress = complete ? 100 : job.progress;
                job.claimedUntil = null;
                job.revision++;
                AsyncRequest done = right(next.name(), answer);
                accept(job, done);
                assertThat(done.completedAt()).contains(now());
                assertThat(complete ? done.result().isDefined() : done.error().isDefined()).isTrue();
            }
        }

        void cancel(int k) {
            Job job = pick(k);
            Either<Problem, AsyncRequest> answer = work(job, r -> r.cancel(now()));
            if (job.status.isTerminal()) {
                expectRule(answer, "realtime.terminal-request");
            } else {
                job.status = RequestStatus.CANCELLED;
                job.claimedUntil = null;
                job.revision++;
                accept(job, right("cancel", answer));
            }
        }

        /** A writer that missed later changes writes its old copy back: a conflict naming both revisions. */
        void staleWrite(int k, int which) {
            Job job = pick(k);
            AsyncRequest old = job.copies.get(which % job.copies.size());
            Either<Problem, AsyncRequest> answer = queue.save(old);
            if (old.revision().value() == job.revision) {
                job.revision++;
                accept(job, right("rewrite of the current copy", answer));
                return;
            }
            assertThat(answer.isLeft()).as("stale write of revision %s: %s", old.revision(), answer).isTrue();
            assertThat(answer.getLeft()).isEqualTo(new Problem.Conflict("request", job.id, old.revision(),
                    new Revision(job.revision)));
        }

        void pass(Duration time) {
            clock.advance(time);
        }

        /** Lists what expired, as the model has it, and deletes each. */
        void cleanup() {
            List<AsyncRequest> expired = right("expired", queue.expired(tenant));
            List<Job> modelled = jobs.stream().filter(j -> !j.deleted && !j.live(now())).toList();
            assertThat(expired).as("expired").containsExactlyInAnyOrderElementsOf(
                    modelled.stream().map(Job::stored).toList());
            for (Job job : modelled) {
                right("delete " + job.id, queue.delete(job.stored()));
                job.deleted = true;
            }
        }

        /** What holds after every step. */
        void holds() {
            for (Job job : jobs) {
                Option<AsyncRequest> found = right("find", queue.find(tenant, job.stored().id()));
                assertThat(found).as("find %s", job.id).isEqualTo(job.live(now()) ? Option.some(job.stored())
                        : Option.none());
            }
            Comparator<Job> oldestFirst = Comparator.comparing((Job j) -> j.createdAt).thenComparing(j -> j.id);
            for (RequestStatus status : RequestStatus.values()) {
                assertThat(readAll(3, page -> queue.byStatus(tenant, status, page)))
                        .as("requests %s", status)
                        .containsExactlyElementsOf(live().stream().filter(j -> j.status == status)
                                .sorted(oldestFirst).map(Job::stored).toList());
            }
            assertThat(readAll(3, page -> queue.byConnection(tenant, owner.id(), page)))
                    .as("requests of the connection")
                    .containsExactlyElementsOf(live().stream().sorted(oldestFirst.reversed()).map(Job::stored)
                            .toList());
        }

        /** The queue's answer must be what the model holds; it becomes the stored copy. */
        private static void accept(Job job, AsyncRequest answer) {
            assertThat(answer.id().value()).isEqualTo(job.id);
            assertThat(answer.status()).as("status of %s", job.id).isEqualTo(job.status);
            assertThat(answer.progress().percent()).as("progress of %s", job.id).isEqualTo(job.progress);
            assertThat(answer.fencingToken()).as("fencing token of %s", job.id).isEqualTo(job.attempts);
            assertThat(answer.claimedUntil()).as("lease of %s", job.id).isEqualTo(Option.of(job.claimedUntil));
            assertThat(answer.revision()).as("revision of %s", job.id).isEqualTo(new Revision(job.revision));
            assertThat(answer.createdAt()).isEqualTo(job.createdAt);
            assertThat(answer.expiresAt()).isEqualTo(job.expiresAt);
            job.copies.add(answer);
        }

        /** A worker's change: read the request back, apply the rule, save what it answers. */
        private Either<Problem, AsyncRequest> work(Job job, Function<AsyncRequest,
                Either<Problem, AsyncRequest>> rule) {
            AsyncRequest current = right("find", queue.find(tenant, job.stored().id())).get();
            assertThat(current).isEqualTo(job.stored());
            return rule.apply(current).flatMap(queue::save);
        }

        private static long token(Job job, boolean stale) {
            return !stale ? job.attempts : job.attempts >= 2 ? job.attempts - 1 : job.attempts + 1;
        }

        private static <T> T right(String step, Either<Problem, T> answer) {
            assertThat(answer.isRight()).as("%s: %s", step, answer).isTrue();
            return answer.get();
        }

        private static void expectRule(Either<Problem, ?> answer, String rule) {
            assertThat(answer.isLeft()).as("expected rule %s, got %s", rule, answer).isTrue();
            assertThat(answer.getLeft()).isInstanceOf(Problem.Rejected.class);
            assertThat(((Problem.Rejected) answer.getLeft()).rule()).isEqualTo(rule);
        }
    }

    /** A step on one live request, chosen by index; only taken while some request is live. */
    private static Action.Independent<World> onARequest(Arbitrary<Transformer<World>> transformers) {
        return new Action.Independent<>() {
            @Override
            public boolean precondition(World world) {
                return !world.live().isEmpty();
            }

            @Override
            public Arbitrary<Transformer<World>> transformer() {
                return transformers;
            }
        };
    }

    private static Arbitrary<Integer> anyRequest() {
        return Arbitraries.integers().between(0, MAX_REQUESTS - 1);
    }

    private static Arbitrary<Boolean> sometimesStale() {
        return Arbitraries.integers().between(0, 3).map(i -> i == 0);
    }

    private static String tokenName(boolean stale) {
        return stale ? " (stale token)" : "";
    }

    private static Action.Independent<World> passing(String name, Duration time) {
        return Action.just(name, Transformer.mutate(name, w -> w.pass(time)));
    }

    @Provide
    Arbitrary<ActionChain<World>> lifecycles() {
        return ActionChain.startWith(() -> new World(clock -> queue(clock, CURSORS)))
                .withAction(3, new Action.Independent<>() {
                    @Override
                    public boolean precondition(World world) {
                        return world.jobs.size() < MAX_REQUESTS;
                    }

                    @Override
                    public Arbitrary<Transformer<World>> transformer() {
                        return Arbitraries.just(Transformer.mutate("enqueue", World::enqueue));
                    }
                })
                .withAction(1, onARequest(anyRequest().map(k -> Transformer.mutate("enqueue existing #" + k,
                        w -> w.enqueueAgain(k)))))
                .withAction(4, Action.just("claim", Transformer.mutate("claim", World::claim)))
                .withAction(3, onARequest(Combinators.combine(anyRequest(), Arbitraries.integers().between(0, 100),
                        sometimesStale()).as((k, percent, stale) -> Transformer.mutate(
                        "progress #" + k + " to " + percent + "%" + tokenName(stale),
                        w -> w.progress(k, percent, stale)))))
                .withAction(2, onARequest(Combinators.combine(anyRequest(), sometimesStale()).as((k, stale) ->
                        Transformer.mutate("complete #" + k + tokenName(stale), w -> w.finish(k, true, stale)))))
                .withAction(2, onARequest(Combinators.combine(anyRequest(), sometimesStale()).as((k, stale) ->
                        Transformer.mutate("fail #" + k + tokenName(stale), w -> w.finish(k, false, stale)))))
                .withAction(1, onARequest(anyRequest().map(k -> Transformer.mutate("cancel #" + k,
                        w -> w.cancel(k)))))
                .withAction(1, onARequest(Combinators.combine(anyRequest(), Arbitraries.integers().between(0, 7))
                        .as((k, which) -> Transformer.mutate("write back copy " + which + " of #" + k,
                                w -> w.staleWrite(k, which)))))
                .withAction(2, passing("a second passes", Duration.ofSeconds(1)))
                .withAction(2, passing("half a lease passes", LEASE.dividedBy(2)))
                .withAction(2, passing("a lease passes", LEASE))
                .withAction(1, passing("three days pass", Duration.ofDays(3)))
                .withAction(1, Action.just("clean up expired", Transformer.mutate("clean up expired",
                        World::cleanup)))
                .withMaxTransformations(maxSteps());
    }

    @Property
    void every_request_answers_and_reads_back_as_its_model_after_any_lifecycle(
            @ForAll("lifecycles") ActionChain<World> chain) {
        chain.withInvariant("reads and listings as modelled", World::holds).run();
    }
}
