package dev.portside.testkit.progress;

import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.RetireContent;
import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.GetProgress;
import dev.portside.application.progress.ProgressCommands.ListProgressByCertification;
import dev.portside.application.progress.ProgressCommands.ListProgressByUser;
import dev.portside.application.progress.ProgressCommands.RecordAllProgress;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressCommands.SummarizeProgress;
import dev.portside.application.progress.ProgressImport;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.progress.ProgressSummary;
import dev.portside.testkit.content.ContentFixtures;
import dev.portside.testkit.content.Corruption;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The progress tracker's use cases over one pair of adapters: relationship integrity,
 * certification detection, monotone progress under any event order, bulk import equal to single
 * records, summaries, and all-violations validation without exceptions.
 */
public abstract class ProgressTrackerContract {

    protected abstract ContentRepository contentRepository();

    protected abstract ProgressLedger ledger();

    private ContentCatalog catalog() {
        return new ContentCatalog(contentRepository(), MutableClock.stepping(T0, java.time.Duration.ofSeconds(1)));
    }

    private ProgressTracker tracker() {
        return new ProgressTracker(ledger(), new CatalogContentDirectory(contentRepository()), MutableClock.stepping(T0, java.time.Duration.ofSeconds(1)));
    }

    private void publish(String tenant, String id, String cert) {
        catalog().publish(new PublishContent(tenant, id, cert, ContentFixtures.draft("Guide " + id, "LAB", "Compute"),
                null)).get();
    }

    @Test
    public void progress_on_missing_or_retired_content_is_refused() {
        String tenant = freshTenant().value();
        assertThat(tracker().record(new RecordProgress(tenant, ProgressArbitraries.valid("u1", "ghost"))).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        publish(tenant, "lab-1", "SAA");
        catalog().retire(new RetireContent(tenant, "lab-1", "SAA")).get();
        assertThat(tracker().record(new RecordProgress(tenant, ProgressArbitraries.valid("u1", "lab-1"))).getLeft())
                .isInstanceOf(Problem.Rejected.class);
    }

    @Test
    public void the_certification_is_detected_and_ambiguity_names_the_choices() {
        String tenant = freshTenant().value();
        publish(tenant, "lab-1", "SAA");
        Event undetected = Event.builder().userId("u1").contentId("lab-1").state("VIEWED").timeSpentSeconds(5L)
                .build();
        assertThat(tracker().record(new RecordProgress(tenant, undetected)).get().key().certification().name())
                .isEqualTo("SAA");
        publish(tenant, "lab-1", "DVA");
        Problem ambiguous = tracker().record(new RecordProgress(tenant, undetected)).getLeft();
        assertThat(ambiguous).isInstanceOf(Problem.Invalid.class);
        assertThat(ambiguous.message()).contains("certification").contains("SAA").contains("DVA");
    }

    @Property(tries = 15)
    public void progress_never_regresses_and_time_accumulates_in_any_order(
            @ForAll @Size(min = 1, max = 8) List<@From("labEvents") Event> events, @ForAll long seed) {
        String tenant = freshTenant().value();
        publish(tenant, "lab-1", "SAA");
        ProgressTracker tracker = tracker();
        ProgressEntry previous = null;
        for (Event e : events) {
            ProgressEntry entry = tracker.record(new RecordProgress(tenant, e)).get();
            if (previous != null) {
                assertThat(entry.state()).isGreaterThanOrEqualTo(previous.state());
                assertThat(entry.totalTime()).isGreaterThanOrEqualTo(previous.totalTime());
            }
            previous = entry;
        }
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        ProgressEntry other = null;
        for (Event e : shuffled) {
            other = tracker.record(new RecordProgress(tenant, as("u2", e))).get();
        }
        assertSameProgress(other, previous);
        long seconds = events.stream().mapToLong(Event::timeSpentSeconds).sum();
        assertThat(previous.totalTime()).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(previous.attempts()).isEqualTo(events.size());
    }

    @Property(tries = 10)
    public void a_bulk_import_ends_where_single_records_end(
            @ForAll @Size(min = 1, max = 12) List<@From("labEvents") Event> events) {
        String tenant = freshTenant().value();
        publish(tenant, "lab-1", "SAA");
        ProgressTracker tracker = tracker();
        ProgressEntry single = null;
        for (Event e : events) {
            single = tracker.record(new RecordProgress(tenant, e)).get();
        }
        int half = events.size() / 2;
        List<Event> imported = events.stream().map(e -> as("u2", e)).toList();
        if (half > 0) {
            assertThat(tracker.recordAll(new RecordAllProgress(tenant, imported.subList(0, half))).get())
                    .isEqualTo(new ProgressImport(half, 1, 0));
        }
        assertThat(tracker.recordAll(new RecordAllProgress(tenant, imported.subList(half, imported.size()))).get())
                .isEqualTo(new ProgressImport(imported.size() - half, half == 0 ? 1 : 0, half == 0 ? 0 : 1));
        ProgressEntry bulk = tracker.get(new GetProgress(tenant, "u2", "lab-1", "SAA")).get();
        assertSameProgress(bulk, single);
    }

    @Test
    public void a_bulk_import_spans_many_entries_and_the_summary_adds_them_up() {
        String tenant = freshTenant().value();
        for (int i = 0; i < 4; i++) {
            publish(tenant, "lab-" + i, "SAA");
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String state = i % 4 == 3 ? "IN_PROGRESS" : "COMPLETED";
            events.add(Event.builder().userId("user-" + (i % 20)).contentId("lab-" + (i % 4)).certification("SAA")
                    .state(state).score(new BigDecimal(50 + i % 4 * 10)).timeSpentSeconds(60L).sessionId("s")
                    .at(T0.plusSeconds(i)).build());
        }
        assertThat(tracker().recordAll(new RecordAllProgress(tenant, events)).get().events()).isEqualTo(60);
        ProgressSummary summary = tracker().summary(new SummarizeProgress(tenant, "user-1", "SAA")).get();
        List<ProgressEntry> entries = tracker().listByUser(new ListProgressByUser(tenant, "user-1", "SAA", 100, null))
                .get().items();
        assertThat(summary.activeItems()).isEqualTo(4);
        assertThat(summary.entries()).isEqualTo(entries.size());
        assertThat(summary.completedItems()).isEqualTo(entries.stream().filter(e -> e.state().isDone()).count());
        assertThat(summary.totalTime()).isEqualTo(entries.stream().map(ProgressEntry::totalTime)
                .reduce(Duration.ZERO, Duration::plus));
        assertThat(tracker().listByCertification(new ListProgressByCertification(tenant, "SAA", T0, T0.plusSeconds(3600), 1000, null))
                .get().items()).hasSize(countDistinct(events));
    }

    @Test
    public void concurrent_records_on_one_entry_never_lose_an_update() throws Exception {
        String tenant = freshTenant().value();
        publish(tenant, "lab-1", "SAA");
        ProgressTracker tracker = tracker();
        List<List<Either<Problem, ProgressEntry>>> perThread = race(8, t -> {
            List<Either<Problem, ProgressEntry>> results = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                results.add(tracker.record(new RecordProgress(tenant,
                        Event.builder().userId("racer").contentId("lab-1").certification("SAA")
                                .state("IN_PROGRESS").timeSpentSeconds(10L).build())));
            }
            return results;
        });
        long wins = 0;
        for (List<Either<Problem, ProgressEntry>> results : perThread) {
            for (Either<Problem, ProgressEntry> r : results) {
                if (r.isRight()) {
                    wins++;
                } else {
                    assertThat(r.getLeft()).isInstanceOf(Problem.Conflict.class);
                }
            }
        }
        ProgressEntry last = tracker.get(new GetProgress(tenant, "racer", "lab-1", "SAA")).get();
        assertThat(wins).isPositive();
        assertThat(last.attempts()).isEqualTo(wins);
        assertThat(last.totalTime()).isEqualTo(Duration.ofSeconds(10 * wins));
    }

    @Test
    public void concurrent_imports_into_one_new_entry_keep_every_acknowledged_attempt() throws Exception {
        String tenant = freshTenant().value();
        publish(tenant, "lab-1", "SAA");
        ProgressTracker tracker = tracker();
        List<Either<Problem, ProgressImport>> results = race(8, t -> tracker.recordAll(new RecordAllProgress(tenant,
                List.of(Event.builder().userId("importer").contentId("lab-1").certification("SAA")
                        .state(t % 2 == 0 ? "IN_PROGRESS" : "COMPLETED").score(new BigDecimal(60 + t))
                        .timeSpentSeconds(10L).build()))));
        List<Integer> acknowledged = new ArrayList<>();
        for (int t = 0; t < results.size(); t++) {
            if (results.get(t).isRight()) {
                acknowledged.add(t);
            } else {
                assertThat(results.get(t).getLeft()).isInstanceOfAny(Problem.Conflict.class, Problem.Unavailable.class);
            }
        }
        ProgressEntry merged = tracker.get(new GetProgress(tenant, "importer", "lab-1", "SAA")).get();
        assertThat(acknowledged).isNotEmpty();
        assertThat(merged.attempts()).isEqualTo(acknowledged.size());
        assertThat(merged.revision().value()).isEqualTo(acknowledged.size());
        assertThat(merged.totalTime()).isEqualTo(Duration.ofSeconds(10L * acknowledged.size()));
        assertThat(merged.bestScore().get()).isEqualByComparingTo(new BigDecimal(60 + Collections.max(acknowledged)));
        assertThat(merged.state().name()).isEqualTo(acknowledged.stream().anyMatch(t -> t % 2 == 1)
                ? "COMPLETED" : "IN_PROGRESS");
    }

    /** Runs {@code attempt} on {@code threads} threads released at once; each thread's answer, in thread order. */
    private static <T> List<T> race(int threads, java.util.function.IntFunction<T> attempt) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                return attempt.apply(thread);
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (var f : futures) {
            answers.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        return answers;
    }

    @Test
    public void the_summary_never_counts_retired_content_as_completed() {
        String tenant = freshTenant().value();
        publish(tenant, "lab-1", "SAA");
        publish(tenant, "lab-2", "SAA");
        for (String lab : List.of("lab-1", "lab-2")) {
            tracker().record(new RecordProgress(tenant, Event.builder().userId("u1").contentId(lab).certification("SAA")
                    .state("COMPLETED").timeSpentSeconds(30L).build())).get();
        }
        catalog().retire(new RetireContent(tenant, "lab-2", "SAA")).get();

        ProgressSummary summary = tracker().summary(new SummarizeProgress(tenant, "u1", "SAA")).get();

        assertThat(summary.activeItems()).isEqualTo(1);
        assertThat(summary.completedItems()).isEqualTo(1);
        assertThat(summary.entries()).isEqualTo(2);
    }

    private static int countDistinct(List<Event> events) {
        return (int) events.stream().map(e -> e.userId() + "|" + e.contentId()).distinct().count();
    }

    @Property(tries = 200)
    public void every_invalid_event_lists_all_its_violations_and_never_throws(
            @ForAll("corruptions") Set<Corruption<Event>> corruptions) {
        Event event = ProgressArbitraries.valid("u1", "lab-1");
        for (Corruption<Event> c : corruptions) {
            event = c.apply().apply(event);
        }
        List<String> fields = corruptions.stream().map(Corruption::field).toList();
        expectAllViolations(tracker().record(new RecordProgress("default", event)), fields);
        List<String> indexed = fields.stream().map(f -> "events[1]." + f).toList();
        expectAllViolations(tracker().recordAll(new RecordAllProgress("default",
                List.of(ProgressArbitraries.valid("u1", "lab-1"), event))), indexed);
    }

    @Provide
    Arbitrary<Set<Corruption<Event>>> corruptions() {
        return ProgressArbitraries.corruptions();
    }

    @Provide
    Arbitrary<Event> labEvents() {
        return ProgressArbitraries.events("u1", "lab-1", T0);
    }

    private static Event as(String user, Event e) {
        return e.toBuilder().userId(user).build();
    }

    private static void assertSameProgress(ProgressEntry actual, ProgressEntry expected) {
        assertThat(actual.state()).isEqualTo(expected.state());
        assertThat(actual.bestScore()).isEqualTo(expected.bestScore());
        assertThat(actual.totalTime()).isEqualTo(expected.totalTime());
        assertThat(actual.attempts()).isEqualTo(expected.attempts());
        assertThat(actual.lastSessionId()).isEqualTo(expected.lastSessionId());
        assertThat(actual.firstRecordedAt()).isEqualTo(expected.firstRecordedAt());
        assertThat(actual.lastRecordedAt()).isEqualTo(expected.lastRecordedAt());
    }

    private static void expectAllViolations(Either<Problem, ?> result, List<String> fields) {
        assertThat(result.isLeft()).as("an invalid command must be refused").isTrue();
        assertThat(result.getLeft()).isInstanceOf(Problem.Invalid.class);
        List<String> reported = ((Problem.Invalid) result.getLeft()).violations().stream().map(Violation::field).toList();
        for (String field : fields) {
            assertThat(reported).as("violations must name " + field).anyMatch(f -> f.startsWith(field));
        }
    }
}
