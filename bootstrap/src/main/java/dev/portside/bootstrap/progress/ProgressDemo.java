package dev.portside.bootstrap.progress;

import dev.portside.bootstrap.spi.DemoSteps;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.progress.ProgressCommands.Event;
import dev.portside.application.progress.ProgressCommands.RecordProgress;
import dev.portside.application.progress.ProgressCommands.SummarizeProgress;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.progress.ProgressEntry;
import java.math.BigDecimal;
import java.util.List;

/** Records a learner's progress on the demo guide (publishing it if needed) and prints the summary. */
final class ProgressDemo {

    private static final String TENANT = "demo";
    private static final String CONTENT_ID = "aws-lambda-guide-001";

    private final ProgressTracker tracker;
    private final ContentCatalog catalog;
    private final DemoSteps steps;

    ProgressDemo(ProgressTracker tracker, ContentCatalog catalog, DemoSteps steps) {
        this.tracker = tracker;
        this.catalog = catalog;
        this.steps = steps;
    }

    void run() {
        if (catalog.get(new GetContent(TENANT, CONTENT_ID, "SAA")).isLeft()) {
            steps.ok("publish the guide to learn from", catalog.publish(new PublishContent(TENANT, CONTENT_ID, "SAA",
                    ContentDraft.builder().title("AWS Lambda Best Practices").contentType("STUDY_GUIDE").category("Compute")
                    .subcategory("Serverless").difficulty("INTERMEDIATE").tags(List.of("lambda")).chunkCount(5)
                    .questionCount(10).build(), null)), item -> item.key() + " version " + item.version());
        }
        Event.Builder learner = Event.builder().userId("user-123").contentId(CONTENT_ID);
        record(learner.state("VIEWED").timeSpentSeconds(300L).sessionId("session-456").build());
        record(learner.state("COMPLETED").score(new BigDecimal("85.5")).timeSpentSeconds(1800L).build());
        record(learner.state("VIEWED").score(null).timeSpentSeconds(120L).sessionId("session-789").build());
        steps.ok("summary for user-123 in SAA", tracker.summary(new SummarizeProgress(TENANT, "user-123", "SAA")),
                s -> s.completedItems() + "/" + s.activeItems() + " items completed, "
                        + "average best score " + s.averageBestScore().map(BigDecimal::toPlainString).getOrElse("-")
                        + ", total time " + s.totalTime().toMinutes() + " min");
    }

    private void record(Event input) {
        steps.ok("record " + input.state(), tracker.record(new RecordProgress(TENANT, input)),
                (ProgressEntry e) -> "certification detected: " + e.key().certification()
                        + ", state " + e.state() + ", best score "
                        + e.bestScore().map(BigDecimal::toPlainString).getOrElse("-") + ", time "
                        + e.totalTime().toSeconds() + "s, attempts " + e.attempts());
    }
}
