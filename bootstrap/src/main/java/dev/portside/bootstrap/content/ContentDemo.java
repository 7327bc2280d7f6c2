package dev.portside.bootstrap.content;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentListing;
import dev.portside.application.content.PublishContent;
import dev.portside.application.content.ReviseContent;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.util.List;

/** Publishes a guide, revises it twice and prints its version history. */
final class ContentDemo {

    static final String TENANT = "demo";
    static final String CONTENT_ID = "aws-lambda-guide-001";

    private final ContentCatalog catalog;
    private final PrintStream out;

    ContentDemo(ContentCatalog catalog, PrintStream out) {
        this.catalog = catalog;
        this.out = out;
    }

    void run() {
        ContentDraft draft = new ContentDraft("AWS Lambda Best Practices", "STUDY_GUIDE", "Compute", "Serverless",
                "INTERMEDIATE", List.of("lambda", "Serverless", "AWS"), "lambda-guide.pdf", "procert-materials-saa", 5, 10);
        show("publish", catalog.publish(new PublishContent(TENANT, CONTENT_ID, "SAA", draft, "1.0")));
        show("revise (title)", catalog.revise(new ReviseContent(TENANT, CONTENT_ID, "SAA",
                new ContentDraft("AWS Lambda Best Practices - Updated", null, null, null, null, null, null, null, 7, null),
                null, null)));
        show("revise (minor bump)", catalog.revise(new ReviseContent(TENANT, CONTENT_ID, "SAA",
                new ContentDraft(null, null, null, null, null, List.of("lambda", "serverless", "aws", "updated"), null,
                        null, null, null), "MINOR", null)));
        catalog.list(new ContentListing.History(TENANT, CONTENT_ID, "SAA", 10, null)).fold(
                problem -> {
                    out.println("  history: " + problem.message());
                    return null;
                },
                page -> {
                    out.println("  history, newest first:");
                    page.items().forEach(i -> out.println("    " + i.version() + "  \"" + i.details().title() + "\"  tags "
                            + i.details().tags()));
                    return null;
                });
    }

    private void show(String step, Either<Problem, ContentItem> result) {
        out.println("  " + result.<String>fold(p -> step + ": refused - " + p.message(),
                i -> step + ": " + i.key() + " version " + i.version() + " (revision " + i.revision().value() + ")"));
    }
}
