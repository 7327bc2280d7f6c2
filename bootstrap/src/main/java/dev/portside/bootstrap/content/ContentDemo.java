package dev.portside.bootstrap.content;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.ListContentHistory;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentItem;
import dev.portside.bootstrap.spi.DemoSteps;
import java.util.List;

/** Publishes a guide, revises it twice and prints its version history. */
final class ContentDemo {

    static final String TENANT = "demo";
    static final String CONTENT_ID = "aws-lambda-guide-001";

    private final ContentCatalog catalog;
    private final DemoSteps steps;

    ContentDemo(ContentCatalog catalog, DemoSteps steps) {
        this.catalog = catalog;
        this.steps = steps;
    }

    void run() {
        ContentDraft draft = ContentDraft.builder().title("AWS Lambda Best Practices").contentType("STUDY_GUIDE")
                .category("Compute").subcategory("Serverless").difficulty("INTERMEDIATE")
                .tags(List.of("lambda", "Serverless", "AWS")).source("lambda-guide.pdf", "procert-materials-saa")
                .chunkCount(5).questionCount(10).build();
        steps.ok("publish", catalog.publish(new PublishContent(TENANT, CONTENT_ID, "SAA", draft, "1.0")), ContentDemo::describe);
        steps.ok("revise (title)", catalog.revise(new ReviseContent(TENANT, CONTENT_ID, "SAA",
                ContentChanges.builder().title("AWS Lambda Best Practices - Updated").chunkCount(7).build(), null, null)), ContentDemo::describe);
        steps.ok("revise (minor bump)", catalog.revise(new ReviseContent(TENANT, CONTENT_ID, "SAA",
                ContentChanges.builder().tags(List.of("lambda", "serverless", "aws", "updated")).build(), "MINOR", null)), ContentDemo::describe);
        steps.ok("history, newest first", catalog.history(new ListContentHistory(TENANT, CONTENT_ID, "SAA", 10, null)),
                page -> page.items().stream().map(i -> "\n    " + i.version() + "  \"" + i.details().title() + "\"  tags "
                        + i.details().tags()).collect(java.util.stream.Collectors.joining()));
    }

    private static String describe(ContentItem i) {
        return i.key() + " version " + i.version() + " (revision " + i.revision().value() + ")";
    }
}
