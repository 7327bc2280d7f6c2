package dev.portside.testkit.content;

import dev.portside.application.content.PublishContent;
import dev.portside.application.content.ReviseContent;
import dev.portside.domain.content.ContentDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
        for (Corruption<ContentDraft> d : draftCorruptions()) {
            all.add(pub(d.field(), d.description(), c -> new PublishContent(c.tenant(), c.contentId(), c.certification(),
                    d.apply().apply(c.draft()), c.version())));
        }
        return Arbitraries.of(all).set().ofMinSize(1).ofMaxSize(8);
    }

    public static Arbitrary<Set<Corruption<ReviseContent>>> reviseCorruptions() {
        List<Corruption<ReviseContent>> all = new ArrayList<>(List.of(
                rev("bump", "unknown bump", c -> new ReviseContent(c.tenant(), c.contentId(), c.certification(), c.changes(), "HUGE", c.expectedRevision())),
                rev("revision", "negative revision", c -> new ReviseContent(c.tenant(), c.contentId(), c.certification(), c.changes(), c.bump(), -3L)),
                rev("certification", "blank certification", c -> new ReviseContent(c.tenant(), c.contentId(), " ", c.changes(), c.bump(), c.expectedRevision()))));
        for (Corruption<ContentDraft> d : draftCorruptions()) {
            if (!d.field().equals("category")) {
                all.add(rev(d.field(), d.description(), c -> new ReviseContent(c.tenant(), c.contentId(), c.certification(),
                        d.apply().apply(c.changes()), c.bump(), c.expectedRevision())));
            }
        }
        return Arbitraries.of(all).set().ofMinSize(1).ofMaxSize(6);
    }

    /** Corruptions of a draft; a null field in a revision's change set means "unchanged", so none sets null. */
    static List<Corruption<ContentDraft>> draftCorruptions() {
        return List.of(
                draft("title", "blank title", d -> new ContentDraft(" \t ", d.contentType(), d.category(), d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("title", "301-char title", d -> new ContentDraft("t".repeat(301), d.contentType(), d.category(), d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("contentType", "unknown type", d -> new ContentDraft(d.title(), "PODCAST", d.category(), d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("category", "blank category", d -> new ContentDraft(d.title(), d.contentType(), "", d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("subcategory", "control character", d -> new ContentDraft(d.title(), d.contentType(), d.category(), "a\u0007b", d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("difficulty", "unknown difficulty", d -> new ContentDraft(d.title(), d.contentType(), d.category(), d.subcategory(), "NIGHTMARE", d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("tags[", "10k-char tag", d -> new ContentDraft(d.title(), d.contentType(), d.category(), d.subcategory(), d.difficulty(), List.of("fine", "x".repeat(10_000)), d.sourceFile(), d.sourceBucket(), d.chunkCount(), d.questionCount())),
                draft("sourceBucket", "file without bucket", d -> new ContentDraft(d.title(), d.contentType(), d.category(), d.subcategory(), d.difficulty(), d.tags(), "file.pdf", " ", d.chunkCount(), d.questionCount())),
                draft("chunkCount", "negative chunk count", d -> new ContentDraft(d.title(), d.contentType(), d.category(), d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), -1, d.questionCount())),
                draft("questionCount", "negative question count", d -> new ContentDraft(d.title(), d.contentType(), d.category(), d.subcategory(), d.difficulty(), d.tags(), d.sourceFile(), d.sourceBucket(), d.chunkCount(), Integer.MIN_VALUE)));
    }

    private static Corruption<PublishContent> pub(String field, String what, UnaryOperator<PublishContent> f) {
        return new Corruption<>(field, what, f);
    }

    private static Corruption<ReviseContent> rev(String field, String what, UnaryOperator<ReviseContent> f) {
        return new Corruption<>(field, what, f);
    }

    private static Corruption<ContentDraft> draft(String field, String what, UnaryOperator<ContentDraft> f) {
        return new Corruption<>(field, what, f);
    }
}
