package dev.portside.bootstrap.progress;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentRef;
import dev.portside.application.content.PublishContent;
import dev.portside.application.progress.ProgressInput;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.application.progress.RecordProgress;
import dev.portside.application.progress.SummarizeProgress;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.progress.ProgressEntry;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/** Records a learner's progress on the demo guide (publishing it if needed) and prints the summary. */
final class ProgressDemo {

    private static final String TENANT = "demo";
    private static final String CONTENT_ID = "aws-lambda-guide-001";

    private final ProgressTracker tracker;
    private final ContentCatalog catalog;
    private final PrintStream out;

    ProgressDemo(ProgressTracker tracker, ContentCatalog catalog, PrintStream out) {
        this.tracker = tracker;
        this.catalog = catalog;
        this.out = out;
    }

    void run() {
        if (catalog.get(ContentRef.of(TENANT, CONTENT_ID, "SAA")).isLeft()) {
            catalog.publish(new PublishContent(TENANT, CONTENT_ID, "SAA", new ContentDraft("AWS Lambda Best Practices",
                    "STUDY_GUIDE", "Compute", "Serverless", "INTERMEDIATE", List.of("lambda"), null, null, 5, 10), null));
        }
        record(new ProgressInput("user-123", CONTENT_ID, null, "VIEWED", null, 300L, "session-456", null));
        record(new ProgressInput("user-123", CONTENT_ID, null, "COMPLETED", new BigDecimal("85.5"), 1800L, "session-456", null));
        record(new ProgressInput("user-123", CONTENT_ID, null, "VIEWED", null, 120L, "session-789", null));
        out.println("  " + tracker.summary(new SummarizeProgress(TENANT, "user-123", "SAA")).<String>fold(
                p -> "summary: refused - " + p.message(),
                s -> "summary for user-123 in SAA: " + s.completedItems() + "/" + s.activeItems() + " items completed, "
                        + "average best score " + s.averageBestScore().map(BigDecimal::toPlainString).getOrElse("-")
                        + ", total time " + s.totalTime().toMinutes() + " min"));
    }

    private void record(ProgressInput input) {
        out.println("  " + tracker.record(new RecordProgress(TENANT, input)).<String>fold(
                p -> "record " + input.state() + ": refused - " + p.message(),
                (ProgressEntry e) -> "record " + input.state() + " (certification detected: " + e.key().certification()
                        + "): state " + e.state() + ", best score "
                        + e.bestScore().map(BigDecimal::toPlainString).getOrElse("-") + ", time "
                        + e.totalTime().toSeconds() + "s, attempts " + e.attempts()));
    }
}
