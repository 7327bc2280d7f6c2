package dev.portside.adapters.inmemory.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.brands.BrandCommands.FinishExecution;
import dev.portside.application.brands.BrandCommands.GetEscalation;
import dev.portside.application.brands.BrandCommands.MoveEscalation;
import dev.portside.application.brands.BrandCommands.StartExecution;
import dev.portside.application.brands.BrandCommands.StoreMetadata;
import dev.portside.application.brands.BrandCommands.SubmitFeedback;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.application.brands.MetadataStored;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandRegistryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123456Z");
    private final InMemoryBrandStore store = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
    private final BrandRegistry registry = new BrandRegistry(store, store, Clock.fixed(NOW, ZoneOffset.UTC),
            IdGenerator.sequential("id"), BrandRegistrySettings.defaults());

    private StoreMetadata metadata(long brand, String confidence, Long revision) {
        return new StoreMetadata("acme", brand, "Test Brand", "test.*", List.of("5411", "5412"),
                new BigDecimal(confidence), revision);
    }

    @Test
    void storingMetadataSetsGenerationTimestampsAndTheFirstRevision() {
        MetadataStored stored = registry.storeMetadata(metadata(123, "0.95", null)).get();
        assertThat(stored.metadata().generation()).isEqualTo(1);
        assertThat(stored.metadata().generatedAt()).isEqualTo(Instant.parse("2026-11-21T10:15:30.123Z"));
        assertThat(stored.metadata().revision()).isEqualTo(Revision.INITIAL);
        assertThat(stored.escalationOpened()).isEmpty();
    }

    @Test
    void lowConfidenceOpensAnEscalationWithIdReasonTimeAndOpenStatus() {
        MetadataStored stored = registry.storeMetadata(metadata(123, "0.45", null)).get();
        var escalation = stored.escalationOpened().get();
        assertThat(escalation.id().value()).isEqualTo("2026-11-21_id-1");
        assertThat(escalation.status()).isEqualTo(EscalationStatus.OPEN);
        assertThat(escalation.reason()).isEqualTo("confidence 0.4500 is below the threshold 0.5000");
        assertThat(escalation.brandName()).isEqualTo("Test Brand");
        assertThat(stored.metadata().openEscalation()).contains(escalation.id());
        assertThat(registry.escalation(new GetEscalation("acme", escalation.id().value())).get())
                .isEqualTo(escalation);
    }

    @Test
    void theThresholdIsConfigurable() {
        BrandRegistry strict = new BrandRegistry(store, store, Clock.fixed(NOW, ZoneOffset.UTC),
                IdGenerator.sequential("s"),
                new BrandRegistrySettings(Confidence.of("threshold", new BigDecimal("0.97")).get()));
        assertThat(strict.storeMetadata(metadata(9, "0.95", null)).get().escalationOpened().isDefined()).isTrue();
    }

    @Test
    void aStaleMetadataUpdateIsAConflictAndAMissingOneIsNotFound() {
        registry.storeMetadata(metadata(123, "0.95", null)).get();
        registry.storeMetadata(metadata(123, "0.96", 1L)).get();
        assertThat(registry.storeMetadata(metadata(123, "0.97", 1L)).getLeft())
                .isInstanceOf(Problem.Conflict.class);
        assertThat(registry.storeMetadata(metadata(124, "0.97", 1L)).getLeft())
                .isInstanceOf(Problem.NotFound.class);
        assertThat(registry.storeMetadata(metadata(123, "0.97", null)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    void feedbackOfFiveThousandAndOneCharactersIsRefused() {
        Problem problem = registry.submitFeedback(new SubmitFeedback("acme", 1, "x".repeat(5001), "GENERAL"))
                .getLeft();
        assertThat(problem.message()).contains("text").contains("1..5000");
        Feedback ok = registry.submitFeedback(new SubmitFeedback("acme", 1, "x".repeat(5000), "regex_correction"))
                .get();
        assertThat(ok.submittedAt()).isEqualTo(Instant.parse("2026-11-21T10:15:30.123Z"));
    }

    @Test
    void anExecutionStartsRunningAndFinishesOnceUnderItsRevision() {
        WorkflowExecution started = registry.startExecution(new StartExecution("acme", 5,
                "arn:aws:states:eu-west-1:123456789012:execution:w:e")).get();
        assertThat(started.status()).isEqualTo(ExecutionStatus.RUNNING);
        WorkflowExecution done = registry.finishExecution(new FinishExecution("acme", started.id().value(),
                "SUCCEEDED", null, 1L)).get();
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(registry.finishExecution(new FinishExecution("acme", started.id().value(), "FAILED", "late", 2L))
                .getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(registry.finishExecution(new FinishExecution("acme", started.id().value(), "FAILED", "late", 1L))
                .getLeft()).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void anEscalationInReviewNoLongerBlocksANewOne() {
        var first = registry.storeMetadata(metadata(7, "0.1", null)).get().escalationOpened().get();
        registry.moveEscalation(new MoveEscalation("acme", first.id().value(), "IN_REVIEW", null, 1L)).get();
        var second = registry.storeMetadata(metadata(7, "0.2", 1L)).get().escalationOpened();
        assertThat(second.isDefined()).isTrue();
        assertThat(second.get().id()).isNotEqualTo(first.id());
        assertThat(registry.moveEscalation(new MoveEscalation("acme", first.id().value(), "RESOLVED", "fixed", 2L))
                .get().resolutionNote()).contains("fixed");
    }
}
