package dev.portside.domain.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class StatusMachineProperties {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @Property
    void anExecutionNeverLeavesATerminalState(@ForAll @Size(max = 12) List<ExecutionStatus> attempts) {
        WorkflowExecution execution = WorkflowExecution.start(TenantId.DEFAULT,
                ExecutionId.issue(T0.atOffset(java.time.ZoneOffset.UTC).toLocalDate(), "e"), Option.none(),
                new BrandId(1), T0);
        ExecutionStatus firstTerminal = null;
        for (int i = 0; i < attempts.size(); i++) {
            Either<Problem, WorkflowExecution> next = execution.finish(attempts.get(i), T0.plusSeconds(i + 1),
                    Option.some("why"));
            if (next.isRight()) {
                assertThat(firstTerminal).isNull();
                execution = next.get();
                firstTerminal = execution.status();
            } else {
                assertThat(next.getLeft()).isInstanceOf(Problem.Rejected.class);
            }
            assertThat(execution.status()).isEqualTo(firstTerminal == null ? ExecutionStatus.RUNNING : firstTerminal);
        }
        if (firstTerminal != null) {
            assertThat(execution.endedAt()).isNotEmpty();
            assertThat(execution.error().isDefined()).isEqualTo(firstTerminal != ExecutionStatus.SUCCEEDED);
        }
    }

    @Property
    void anEscalationOnlyFollowsTheFlowAndNeverLeavesAFinalState(
            @ForAll @Size(max = 12) List<EscalationStatus> attempts) {
        Escalation escalation = Escalation.open(TenantId.DEFAULT,
                EscalationId.issue(T0.atOffset(java.time.ZoneOffset.UTC).toLocalDate(), "x"), new BrandId(1), "B",
                "low", Confidence.of("c", new BigDecimal("0.1")).get(), T0);
        for (EscalationStatus to : attempts) {
            EscalationStatus before = escalation.status();
            Either<Problem, Escalation> next = escalation.moveTo(to, Option.some("note"), T0.plusSeconds(1));
            assertThat(next.isRight()).isEqualTo(before.successors().contains(to));
            if (before.isTerminal()) {
                assertThat(next.isLeft()).isTrue();
            }
            escalation = next.getOrElse(escalation);
        }
    }
}
