package dev.portside.bootstrap.content;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.ListContentHistory;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.ContentChanges;
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
        ContentDraft draft = ContentDraft.builder().title("AWS Lambda Best Practices").contentType("STUDY_GUIDE")
                .category("Compute").subcategory("Serverless").difficulty("INTERMEDIATE")
                .tags(List.of("lambda", "Serverless", "AWS")).source("lambda-guide.pdf", "procert-materials-saa")
                .chunkCount(5).questionCount(10).build();
        show("publish", catalog.publish(new PublishContent(TENANT, CONTENT_ID, "SAA", draft, "1.0")));
        show("revise (title)", catalog.revise(new ReviseContent(TENANT, CONTENT_ID, "SAA",
                ContentChanges.builder().title("AWS Lambda Best Practices - Updated").chunkCount(7).build(), null, null)));
        show("revise (minor bump)", catalog.revise(new ReviseContent(TENANT, CONTENT_ID, "SAA",
                ContentChanges.builder().tags(List.of("lambda", "serverless", "aws", "updated")).build(), "MINOR", null)));
        catalog.history(new ListContentHistory(TENANT, CONTENT_ID, "SAA", 10, null)).fold(
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
