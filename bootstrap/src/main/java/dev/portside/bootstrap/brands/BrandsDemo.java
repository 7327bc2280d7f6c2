package dev.portside.bootstrap.brands;

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
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The brand registry's demo steps: metadata, an escalation, feedback, an execution, two queries. */
final class BrandsDemo {

    private static final String TENANT = "default";
    private final BrandRegistry registry;
    private final PrintStream out;

    BrandsDemo(BrandRegistry registry, PrintStream out) {
        this.registry = registry;
        this.out = out;
    }

    void run() {
        show("store metadata for brand 123 (confidence 0.95)", registry.storeMetadata(new StoreMetadata(TENANT, 123,
                "Test Brand", "(?i)test ?brand.*", List.of("5411", "5412"), new BigDecimal("0.95"), null)),
                BrandsDemo::stored);
        show("store metadata for brand 456 (confidence 0.45)", registry.storeMetadata(new StoreMetadata(TENANT, 456,
                "Corner Cafe", "(?i)corner ?caf[eé].*", List.of("5814"), new BigDecimal("0.45"), null)),
                BrandsDemo::stored);
        show("refuse a catastrophic regex", registry.storeMetadata(new StoreMetadata(TENANT, 789, "Bad", "(a+)+$",
                List.of("12345"), new BigDecimal("1.01"), null)), BrandsDemo::stored);
        show("submit feedback on brand 456", registry.submitFeedback(new SubmitFeedback(TENANT, 456,
                "The regex misses 'Corner Coffee'", "REGEX_CORRECTION")), (Feedback f) -> "feedback " + f.id()
                + " (" + f.category() + ")");
        Either<Problem, WorkflowExecution> started = registry.startExecution(new StartExecution(TENANT, 456,
                "arn:aws:states:eu-west-1:123456789012:execution:brand-workflow:exec-456"));
        show("start a workflow execution", started, (WorkflowExecution e) -> "execution " + e.id() + " " + e.status());
        started.forEach(e -> show("finish it", registry.finishExecution(new FinishExecution(TENANT, e.id().value(),
                "SUCCEEDED", null, e.revision().value())), (WorkflowExecution f) -> "execution " + f.id() + " "
                + f.status()));
        show("brands below confidence 0.5", registry.brandsBelow(new ListBrandsBelow(TENANT, new BigDecimal("0.5"), 10,
                null)), page -> page.items().stream().map(BrandsDemo::summary).toList().toString());
        show("open escalations", registry.openEscalations(new ListOpenEscalations(TENANT, 10, null)),
                page -> page.items().stream().map(BrandsDemo::escalation).toList().toString());
    }

    private static String stored(MetadataStored stored) {
        return "brand " + stored.metadata().brandId() + " generation " + stored.metadata().generation()
                + stored.escalationOpened().map(e -> ", escalation " + e.id() + " opened: " + e.reason())
                .getOrElse(", no escalation");
    }

    private static String summary(BrandSummary s) {
        return s.brandName() + " (" + s.brandId() + ") " + s.confidence();
    }

    private static String escalation(Escalation e) {
        return e.brandName() + " " + e.status() + " since " + e.escalatedAt();
    }

    private <T> void show(String step, Either<Problem, T> result, Function<T, String> describe) {
        out.println("  " + step + " -> " + result.fold(p -> "refused: " + p.message(), describe));
    }
}
