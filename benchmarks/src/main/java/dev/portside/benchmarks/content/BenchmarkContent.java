package dev.portside.benchmarks.content;

import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentRules;
import java.util.List;

/** The details every content benchmark writes, the same on each backend. */
final class BenchmarkContent {

    static final ContentDetails DETAILS = ContentRules.details(ContentDraft.builder()
            .title("AWS Lambda Best Practices").contentType("STUDY_GUIDE").category("Compute").subcategory("Serverless")
            .difficulty("INTERMEDIATE").tags(List.of("lambda", "aws")).source("lambda.pdf", "bucket").chunkCount(5)
            .questionCount(10).build()).get();

    private BenchmarkContent() {
    }
}
