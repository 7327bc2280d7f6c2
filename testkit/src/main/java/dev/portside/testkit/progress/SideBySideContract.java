package dev.portside.testkit.progress;

import dev.portside.testkit.time.MutableClock;
import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.ListContentByCategory;
import dev.portside.application.content.ContentCommands.ListContentByCertification;
import dev.portside.application.content.ContentCommands.ListContentByType;
import dev.portside.application.content.ContentCommands.ListContentHistory;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.RestoreContent;
import dev.portside.application.content.ContentCommands.RetireContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.ListProgressByCertification;
import dev.portside.application.progress.ProgressCommands.ListProgressByUser;
import dev.portside.application.progress.ProgressCommands.RecordAllProgress;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressCommands.SummarizeProgress;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.content.ContentFixtures;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Runs random sequences of publish / revise / retire / restore / record / bulk record against the
 * in-memory reference and a real adapter side by side, comparing every answer and, after each
 * step, every listing, history, progress query and summary.
 */
public abstract class SideBySideContract {

    protected abstract ContentRepository referenceContent();

    protected abstract ProgressLedger referenceLedger();

    protected abstract ContentRepository subjectContent();

    protected abstract ProgressLedger subjectLedger();

    private record Side(ContentCatalog catalog, ProgressTracker tracker) {
    }

    @Property(tries = 15)
    public void the_real_adapter_answers_exactly_like_the_reference(
            @ForAll @Size(min = 1, max = 25) List<@From("steps") ModelStep> steps) {
        MutableClock clock = new MutableClock(T0);
        Side reference = side(referenceContent(), referenceLedger(), clock);
        Side subject = side(subjectContent(), subjectLedger(), clock);
        String tenant = freshTenant().value();
        for (int i = 0; i < steps.size(); i++) {
            clock.set(T0.plusSeconds(i));
            ModelStep step = steps.get(i);
            assertThat(apply(subject, tenant, step)).as("step %d %s", i, step).isEqualTo(apply(reference, tenant, step));
            assertThat(observe(subject, tenant)).as("state after step %d %s", i, step)
                    .isEqualTo(observe(reference, tenant));
        }
    }

    @Provide
    Arbitrary<ModelStep> steps() {
        return ModelSteps.steps();
    }

    private static Side side(ContentRepository content, ProgressLedger ledger, Clock clock) {
        return new Side(new ContentCatalog(content, clock),
                new ProgressTracker(ledger, new CatalogContentDirectory(content), clock));
    }

    private static Either<Problem, ?> apply(Side side, String tenant, ModelStep step) {
        if (step instanceof ModelStep.Publish p) {
            return side.catalog.publish(new PublishContent(tenant, p.id(), p.cert(),
                    ContentFixtures.draft("Title " + p.id(), p.type(), p.category()), null));
        }
        if (step instanceof ModelStep.Revise r) {
            return side.catalog.revise(new ReviseContent(tenant, r.id(), r.cert(),
                    ContentChanges.builder().title(r.title()).build(), r.bump(), null));
        }
        if (step instanceof ModelStep.Retire r) {
            return side.catalog.retire(new RetireContent(tenant, r.id(), r.cert()));
        }
        if (step instanceof ModelStep.Restore r) {
            return side.catalog.restore(new RestoreContent(tenant, r.id(), r.cert()));
        }
        if (step instanceof ModelStep.Record r) {
            return side.tracker.record(new RecordProgress(tenant, input(r)));
        }
        ModelStep.RecordAll all = (ModelStep.RecordAll) step;
        return side.tracker.recordAll(new RecordAllProgress(tenant,
                all.events().stream().map(SideBySideContract::input).toList()));
    }

    private static Event input(ModelStep.Record r) {
        return Event.builder().userId(r.user()).contentId(r.id()).certification(r.cert()).state(r.state())
                .score(r.score()).timeSpentSeconds(r.seconds()).sessionId("s-" + r.user()).build();
    }

    private static List<Object> observe(Side side, String tenant) {
        List<Object> seen = new ArrayList<>();
        for (String cert : List.of("SAA", "DVA")) {
            seen.add(all(c -> side.catalog.listByCertification(new ListContentByCertification(tenant, cert, 2, c))));
            for (String id : List.of("a", "b", "c")) {
                seen.add(side.catalog.get(new GetContent(tenant, id, cert)));
                seen.add(all(c -> side.catalog.history(new ListContentHistory(tenant, id, cert, 2, c))));
            }
            for (String user : List.of("u1", "u2")) {
                seen.add(side.tracker.summary(new SummarizeProgress(tenant, user, cert)));
            }
            seen.add(all(c -> side.tracker.listByCertification(new ListProgressByCertification(tenant, cert, T0,
                    T0.plusSeconds(3600), 2, c))));
        }
        seen.add(all(c -> side.catalog.listByCategory(new ListContentByCategory(tenant, "Compute", null, 2, c))));
        seen.add(all(c -> side.catalog.listByType(new ListContentByType(tenant, "LAB", T0, T0.plusSeconds(3600), 2, c))));
        seen.add(all(c -> side.tracker.listByUser(new ListProgressByUser(tenant, "u1", null, 2, c))));
        return seen;
    }

    private static <T> Either<Problem, List<T>> all(Function<Cursor, Either<Problem, Page<T>>> query) {
        return ContentFixtures.readAll(2, p -> query.apply(p.after().getOrNull()));
    }
}
