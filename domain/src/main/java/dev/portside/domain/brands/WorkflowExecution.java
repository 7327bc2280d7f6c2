package dev.portside.domain.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of the metadata generation workflow for a brand. It starts RUNNING and moves once to a
 * terminal state (SUCCEEDED, FAILED, TIMED_OUT, ABORTED), which is final; the end time and an error
 * (for unsuccessful runs) are recorded then. Optimistic-locked by {@link Revision}.
 */
public record WorkflowExecution(
        TenantId tenant,
        ExecutionId id,
        Option<String> arn,
        BrandId brandId,
        ExecutionStatus status,
        Instant startedAt,
        Option<Instant> endedAt,
        Option<String> error,
        Revision revision) implements TenantOwned {

    public static final int MAX_ERROR = 2000;
    public static final int MAX_ARN = 2048;

    public WorkflowExecution {
        arn = arn == null ? Option.none() : arn;
        endedAt = endedAt == null ? Option.none() : endedAt;
        error = error == null ? Option.none() : error;
    }

    public static WorkflowExecution start(TenantId tenant, ExecutionId id, Option<String> arn, BrandId brandId,
                                          Instant at) {
        return new WorkflowExecution(tenant, id, arn, brandId, ExecutionStatus.RUNNING, at, Option.none(),
                Option.none(), Revision.INITIAL);
    }

    /** Moves a running execution to a terminal state; a finished one never changes again. */
    public Either<Problem, WorkflowExecution> finish(ExecutionStatus to, Instant at, Option<String> reason) {
        if (status.isTerminal()) {
            return Either.left(new Problem.Rejected("execution-terminal-state-is-final",
                    "execution " + id + " already ended " + status + "; it cannot become " + to));
        }
        if (!to.isTerminal()) {
            return Either.left(new Problem.Rejected("execution-finishes-in-terminal-state",
                    "execution " + id + " can only finish as SUCCEEDED, FAILED, TIMED_OUT or ABORTED, not " + to));
        }
        Instant end = at.isBefore(startedAt) ? startedAt : at;
        Option<String> kept = to == ExecutionStatus.SUCCEEDED ? Option.none() : reason;
        return Either.right(new WorkflowExecution(tenant, id, arn, brandId, to, startedAt, Option.some(end), kept,
                revision));
    }

    /** Run time so far (until {@code now} while running). */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt.getOrElse(now));
    }

    public WorkflowExecution withRevision(Revision next) {
        return new WorkflowExecution(tenant, id, arn, brandId, status, startedAt, endedAt, error, next);
    }
}
