package dev.portside.testkit.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of document operations run on the in-memory reference model and on a real
 * adapter side by side; every answer (value, or kind of refusal with its revisions) must be the same.
 * Subclass once per adapter with few tries.
 */
public abstract class BrandDocumentStoreComparison {

    /** A fresh reference model (the in-memory store). */
    protected abstract BrandDocumentStore referenceModel();

    /** The adapter under test; each property try uses a fresh tenant, so it may be shared. */
    protected abstract BrandDocumentStore adapter();

    public enum Kind { CREATE_METADATA, SAVE_METADATA, SAVE_STALE_METADATA, READ_METADATA, CREATE_FEEDBACK, READ_FEEDBACK,
        MOVE_ESCALATION, READ_ESCALATION }

    public record Action(Kind kind, long brand, String confidence, boolean escalate, int pick) {
    }

    @Property(tries = 15)
    void theAdapterAnswersEveryOperationLikeTheReferenceModel(@ForAll("actions") @Size(max = 20) List<Action> actions) {
        TenantId tenant = BrandSamples.tenant("t" + UUID.randomUUID().toString().substring(0, 8));
        BrandDocumentStore model = referenceModel();
        BrandDocumentStore real = adapter();
        List<FeedbackId> feedback = new ArrayList<>();
        List<EscalationId> escalations = new ArrayList<>();
        int step = 0;
        for (Action action : actions) {
            step++;
            Function<BrandDocumentStore, Object> operation = prepare(action, model, tenant, step, feedback,
                    escalations);
            Object expected = operation.apply(model);
            Object actual = operation.apply(real);
            assertThat(actual).as("step %d: %s", step, action).isEqualTo(expected);
        }
    }

    /** Builds the operation from the model's state before it runs, so both stores get identical input. */
    private static Function<BrandDocumentStore, Object> prepare(Action a, BrandDocumentStore model, TenantId tenant,
                                                                int step, List<FeedbackId> feedback,
                                                                List<EscalationId> escalations) {
        Instant at = BrandSamples.T0.plusSeconds(step);
        BrandId brand = new BrandId(a.brand());
        Option<Escalation> opened = a.escalate() ? Option.some(Escalation.open(tenant,
                EscalationId.issue(BrandSamples.day(at), "e" + step), brand, "Brand " + a.brand(), "low",
                BrandSamples.confidence(a.confidence()), at)) : Option.none();
        opened.forEach(e -> escalations.add(e.id()));
        BrandMetadata next = BrandSamples.metadata(tenant, a.brand(), a.confidence(), at);
        Revision stored = model.metadata(tenant, brand).get().map(BrandMetadata::revision).getOrElse(Revision.INITIAL);
        return switch (a.kind()) {
            case CREATE_METADATA -> store -> norm(store.createMetadata(next, opened));
            case SAVE_METADATA -> store -> norm(store.saveMetadata(next.withRevision(stored), opened));
            case SAVE_STALE_METADATA -> store -> norm(store.saveMetadata(next.withRevision(new Revision(stored.value() + 1)), opened));
            case READ_METADATA -> store -> norm(store.metadata(tenant, brand));
            case CREATE_FEEDBACK -> {
                Feedback f = new Feedback(tenant, FeedbackId.issue(BrandSamples.day(at), "f" + step), brand,
                        "text 'quoted' " + step, FeedbackCategory.GENERAL, at);
                feedback.add(f.id());
                yield store -> norm(store.createFeedback(f));
            }
            case READ_FEEDBACK -> feedback.isEmpty() ? store -> "none"
                    : store -> norm(store.feedback(tenant, feedback.get(a.pick() % feedback.size())));
            case MOVE_ESCALATION -> {
                if (escalations.isEmpty()) {
                    yield store -> "none";
                }
                EscalationId id = escalations.get(a.pick() % escalations.size());
                Option<Escalation> current = model.escalation(tenant, id).get();
                EscalationStatus to = a.pick() % 2 == 0 ? EscalationStatus.IN_REVIEW : EscalationStatus.RESOLVED;
                yield current.isEmpty() ? store -> norm(store.escalation(tenant, id))
                        : store -> norm(current.get().moveTo(to, Option.none(), at)
                                .flatMap(moved -> store.saveEscalation(moved)));
            }
            case READ_ESCALATION -> escalations.isEmpty() ? store -> "none"
                    : store -> norm(store.escalation(tenant, escalations.get(a.pick() % escalations.size())));
        };
    }

    private static Object norm(Either<Problem, ?> result) {
        return result.fold(p -> p instanceof Problem.Conflict c ? "Conflict " + c.expected() + " " + c.actual()
                : p.getClass().getSimpleName(), v -> v);
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.longs().between(1, 3),
                Arbitraries.of("0.1", "0.45", "0.9"), Arbitraries.of(true, false), Arbitraries.integers().between(0, 50))
                .as(Action::new).list();
    }
}
