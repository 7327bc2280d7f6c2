package dev.portside.testkit.content;

import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.ContentFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik generators for content commands: valid drafts and sets of corruptions of valid commands. */
public final class ContentArbitraries {

    private ContentArbitraries() {
    }

    public static PublishContent validPublish(String tenant, String id) {
        return new PublishContent(tenant, id, "SAA", ContentFixtures.draft("Lambda guide", "STUDY_GUIDE", "Compute"),
                "1.0");
    }

    public static Arbitrary<Set<Corruption<PublishContent>>> publishCorruptions() {
        List<Corruption<PublishContent>> all = new ArrayList<>(List.of(
                pub("tenant", "upper-case tenant", c -> new PublishContent("Bad Tenant", c.contentId(), c.certification(), c.draft(), c.version())),
                pub("contentId", "blank id", c -> new PublishContent(c.tenant(), "  ", c.certification(), c.draft(), c.version())),
                pub("contentId", "oversized id", c -> new PublishContent(c.tenant(), "x".repeat(10_000), c.certification(), c.draft(), c.version())),
                pub("certification", "unknown certification", c -> new PublishContent(c.tenant(), c.contentId(), "XYZ", c.draft(), c.version())),
                pub("version", "bad version", c -> new PublishContent(c.tenant(), c.contentId(), c.certification(), c.draft(), "v1.x")),
                pub("version", "four-part version", c -> new PublishContent(c.tenant(), c.contentId(), c.certification(), c.draft(), "1.0.0.0"))));
        for (FieldCorruption d : fieldCorruptions()) {
            all.add(pub(d.field(), d.description(), c -> new PublishContent(c.tenant(), c.contentId(), c.certification(),
                    d.applyTo(c.draft().toBuilder()), c.version())));
        }
        return Arbitraries.of(all).set().ofMinSize(1).ofMaxSize(8);
    }

    public static Arbitrary<Set<Corruption<ReviseContent>>> reviseCorruptions() {
        List<Corruption<ReviseContent>> all = new ArrayList<>(List.of(
                rev("bump", "unknown bump", c -> new ReviseContent(c.tenant(), c.contentId(), c.certification(), c.changes(), "HUGE", c.expectedRevision())),
                rev("revision", "negative revision", c -> new ReviseContent(c.tenant(), c.contentId(), c.certification(), c.changes(), c.bump(), -3L)),
                rev("certification", "blank certification", c -> new ReviseContent(c.tenant(), c.contentId(), " ", c.changes(), c.bump(), c.expectedRevision()))));
        for (FieldCorruption d : fieldCorruptions()) {
            if (!d.field().equals("category")) {
                all.add(rev(d.field(), d.description(), c -> new ReviseContent(c.tenant(), c.contentId(), c.certification(),
                        d.applyTo(c.changes().toBuilder()), c.bump(), c.expectedRevision())));
            }
        }
        return Arbitraries.of(all).set().ofMinSize(1).ofMaxSize(6);
    }

    /** Corruptions of a draft's fields; a null field in a revision's change set means "unchanged", so none sets null. */
    static List<FieldCorruption> fieldCorruptions() {
        return List.of(
                new FieldCorruption("title", "blank title", f -> f.title(" \t ")),
                new FieldCorruption("title", "301-char title", f -> f.title("t".repeat(301))),
                new FieldCorruption("contentType", "unknown type", f -> f.contentType("PODCAST")),
                new FieldCorruption("category", "blank category", f -> f.category("")),
                new FieldCorruption("subcategory", "control character", f -> f.subcategory("a\u0007b")),
                new FieldCorruption("difficulty", "unknown difficulty", f -> f.difficulty("NIGHTMARE")),
                new FieldCorruption("tags[", "10k-char tag", f -> f.tags(List.of("fine", "x".repeat(10_000)))),
                new FieldCorruption("sourceBucket", "file without bucket", f -> f.source("file.pdf", " ")),
                new FieldCorruption("chunkCount", "negative chunk count", f -> f.chunkCount(-1)),
                new FieldCorruption("questionCount", "negative question count", f -> f.questionCount(Integer.MIN_VALUE)));
    }

    /** Breaks one field of a draft or of a revision's changes. */
    record FieldCorruption(String field, String description, Consumer<ContentFields<?>> change) {

        <T> T applyTo(ContentFields<T> fields) {
            change.accept(fields);
            return fields.build();
        }
    }

    private static Corruption<PublishContent> pub(String field, String what, UnaryOperator<PublishContent> f) {
        return new Corruption<>(field, what, f);
    }

    private static Corruption<ReviseContent> rev(String field, String what, UnaryOperator<ReviseContent> f) {
        return new Corruption<>(field, what, f);
    }
}
