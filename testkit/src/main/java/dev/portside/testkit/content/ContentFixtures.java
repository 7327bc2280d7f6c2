package dev.portside.testkit.content;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentDraft;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Builders shared by the content and progress contracts. */
public final class ContentFixtures {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private ContentFixtures() {
    }

    /** A tenant no other test uses, so contracts can share one store. */
    public static TenantId freshTenant() {
        return new TenantId("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    public static ContentDraft draft(String title, String type, String category) {
        return ContentDraft.builder().title(title).contentType(type).category(category).subcategory("General")
                .difficulty("BEGINNER").tags(Set.of("aws", "Exam")).chunkCount(1).questionCount(2).build();
    }

    /** Changes of every field {@link #draft} sets, to the given values. */
    public static ContentChanges changes(String title, String type, String category) {
        ContentDraft d = draft(title, type, category);
        return ContentChanges.builder().title(d.title()).contentType(d.contentType()).category(d.category())
                .subcategory(d.subcategory()).difficulty(d.difficulty()).tags(d.tags()).chunkCount(d.chunkCount())
                .questionCount(d.questionCount()).build();
    }

    public static ContentItem item(TenantId tenant, String id, CertificationType cert, String category, ContentType type,
                                   Instant createdAt) {
        ContentDetails details = ContentRules.details(draft("Title of " + id, type.name(), category)).get();
        return ContentItem.publish(tenant, new ContentKey(new ContentId(id), cert), details, ContentVersion.INITIAL,
                createdAt);
    }

    public static ContentItem item(TenantId tenant, String id, CertificationType cert) {
        return item(tenant, id, cert, "Compute", ContentType.STUDY_GUIDE, T0);
    }

    /** Reads every page of a listing, checking that each full page has exactly {@code limit} items. */
    public static <T> Either<Problem, List<T>> readAll(int limit, Function<PageRequest, Either<Problem, Page<T>>> query) {
        List<T> all = new ArrayList<>();
        Option<Cursor> after = Option.none();
        for (int guard = 0; guard < 10_000; guard++) {
            Either<Problem, Page<T>> page = query.apply(new PageRequest(limit, after));
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            if (page.get().hasNext() && page.get().items().size() != limit) {
                return Either.left(Problem.Invalid.of("page", page.get().items().size(),
                        "a page followed by another must hold exactly " + limit + " items"));
            }
            all.addAll(page.get().items());
            after = page.get().next();
            if (after.isEmpty()) {
                return Either.right(all);
            }
        }
        throw new AssertionError("paging did not end");
    }
}
