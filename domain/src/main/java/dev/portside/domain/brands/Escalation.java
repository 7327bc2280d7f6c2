package dev.portside.domain.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A request for human review of a brand's metadata, opened when its confidence is too low. Status
 * moves OPEN → IN_REVIEW → RESOLVED or DISMISSED; the last two are final and may carry a
 * resolution note. At most one escalation per brand is OPEN. Optimistic-locked by {@link Revision}.
 */
public record Escalation(
        TenantId tenant,
        EscalationId id,
        BrandId brandId,
        String brandName,
        String reason,
        Confidence confidence,
        Instant escalatedAt,
        EscalationStatus status,
        Option<String> resolutionNote,
        Instant updatedAt,
        Revision revision) implements TenantOwned {

    public static final int MAX_NOTE = 2000;
    /** The longest reason an escalation takes (the registry writes its own; a migrated one is checked). */
    public static final int MAX_REASON = 2000;

    public Escalation {
        resolutionNote = resolutionNote == null ? Option.none() : resolutionNote;
    }

    public static Escalation open(TenantId tenant, EscalationId id, BrandId brandId, String brandName, String reason,
                                  Confidence confidence, Instant at) {
        return new Escalation(tenant, id, brandId, brandName, reason, confidence, at, EscalationStatus.OPEN,
                Option.none(), at, Revision.INITIAL);
    }

    /** Moves to {@code to} if the status machine allows it; terminal states never change. */
    public Either<Problem, Escalation> moveTo(EscalationStatus to, Option<String> note, Instant at) {
        if (!status.successors().contains(to)) {
            return Either.left(new Problem.Rejected("escalation-status-flow",
                    "escalation " + id + " is " + status + " and cannot move to " + to
                            + (status.isTerminal() ? " (a final state)" : "; allowed: " + status.successors())));
        }
        Option<String> kept = to.isTerminal() ? note : resolutionNote;
        return Either.right(new Escalation(tenant, id, brandId, brandName, reason, confidence, escalatedAt, to, kept,
                at, revision));
    }

    public Escalation withRevision(Revision next) {
        return new Escalation(tenant, id, brandId, brandName, reason, confidence, escalatedAt, status,
                resolutionNote, updatedAt, next);
    }
}
