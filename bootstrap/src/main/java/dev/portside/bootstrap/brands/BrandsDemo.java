package dev.portside.bootstrap.brands;

import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.application.brands.BrandCommands.FinishExecution;
import dev.portside.application.brands.BrandCommands.ListBrandsBelow;
import dev.portside.application.brands.BrandCommands.ListOpenEscalations;
import dev.portside.application.brands.BrandCommands.StartExecution;
import dev.portside.application.brands.BrandCommands.StoreMetadata;
import dev.portside.application.brands.BrandCommands.SubmitFeedback;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.MetadataStored;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The brand registry's demo steps: metadata, an escalation, feedback, an execution, two queries. */
final class BrandsDemo {

    private static final String TENANT = "default";
    private final BrandRegistry registry;
    private final DemoSteps steps;

    BrandsDemo(BrandRegistry registry, DemoSteps steps) {
        this.registry = registry;
        this.steps = steps;
    }

    void run() {
        steps.ok("store metadata for brand 123 (confidence 0.95)", registry.storeMetadata(new StoreMetadata(TENANT,
                123, "Test Brand", "(?i)test ?brand.*", List.of("5411", "5412"), new BigDecimal("0.95"), null)),
                BrandsDemo::stored);
        steps.ok("store metadata for brand 456 (confidence 0.45)", registry.storeMetadata(new StoreMetadata(TENANT,
                456, "Corner Cafe", "(?i)corner ?caf[eé].*", List.of("5814"), new BigDecimal("0.45"), null)),
                BrandsDemo::stored);
        steps.refused("refuse a catastrophic regex", registry.storeMetadata(new StoreMetadata(TENANT, 789, "Bad",
                "(a+)+$", List.of("12345"), new BigDecimal("1.01"), null)), Problem.Invalid.class);
        steps.ok("submit feedback on brand 456", registry.submitFeedback(new SubmitFeedback(TENANT, 456,
                "The regex misses 'Corner Coffee'", "REGEX_CORRECTION")), (Feedback f) -> "feedback " + f.id()
                + " (" + f.category() + ")");
        WorkflowExecution started = steps.ok("start a workflow execution", registry.startExecution(new StartExecution(
                TENANT, 456, "arn:aws:states:eu-west-1:123456789012:execution:brand-workflow:exec-456")),
                BrandsDemo::execution);
        steps.ok("finish it", registry.finishExecution(new FinishExecution(TENANT, started.id().value(), "SUCCEEDED",
                null, started.revision().value())), BrandsDemo::execution);
        steps.ok("brands below confidence 0.5", registry.brandsBelow(new ListBrandsBelow(TENANT, new BigDecimal("0.5"),
                10, null)), page -> page.items().stream().map(BrandsDemo::summary).toList().toString());
        steps.ok("open escalations", registry.openEscalations(new ListOpenEscalations(TENANT, 10, null)),
                page -> page.items().stream().map(BrandsDemo::escalation).toList().toString());
    }

    private static String stored(MetadataStored stored) {
        return "brand " + stored.metadata().brandId() + " generation " + stored.metadata().generation()
                + stored.escalationOpened().map(e -> ", escalation " + e.id() + " opened: " + e.reason())
                .getOrElse(", no escalation");
    }

    private static String execution(WorkflowExecution e) {
        return "execution " + e.id() + " " + e.status();
    }

    private static String summary(BrandSummary s) {
        return s.brandName() + " (" + s.brandId() + ") " + s.confidence();
    }

    private static String escalation(Escalation e) {
        return e.brandName() + " " + e.status() + " since " + e.escalatedAt();
    }
}
