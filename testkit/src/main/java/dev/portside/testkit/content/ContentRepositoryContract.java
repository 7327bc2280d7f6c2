package dev.portside.testkit.content;

import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.freshTenant;
import static dev.portside.testkit.content.ContentFixtures.item;
import static dev.portside.testkit.content.ContentFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.content.VersionBump;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ContentRepository}: every adapter's test subclasses this once. Each test
 * works in a fresh tenant, so one store may serve them all.
 */
public abstract class ContentRepositoryContract {

    protected abstract ContentRepository repository();

    @Test
    public void a_created_item_is_found_at_the_initial_revision() {
        TenantId tenant = freshTenant();
        ContentItem created = repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        assertThat(created.revision()).isEqualTo(Revision.INITIAL);
        assertThat(repository().find(tenant, created.key()).get()).isEqualTo(Option.of(created));
    }

    @Test
    public void create_refuses_an_existing_key() {
        TenantId tenant = freshTenant();
        repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        assertThat(repository().create(item(tenant, "guide-1", CertificationType.SAA)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    public void the_same_id_may_exist_under_several_certifications() {
        TenantId tenant = freshTenant();
        repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        repository().create(item(tenant, "guide-1", CertificationType.DVA)).get();
        List<ContentItem> all = repository().findAllCertifications(tenant, new ContentId("guide-1")).get();
        assertThat(all).extracting(ContentItem::certification)
                .containsExactly(CertificationType.DVA, CertificationType.SAA);
    }

    @Test
    public void a_missing_item_is_none() {
        assertThat(repository().find(freshTenant(), key("nothing", CertificationType.SAA)).get()).isEqualTo(Option.none());
    }

    @Test
    public void save_bumps_the_revision_and_a_stale_save_is_a_conflict_with_both_revisions() {
        TenantId tenant = freshTenant();
        ContentItem created = repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        ContentItem saved = created.revise(created.details(), VersionBump.PATCH, T0).flatMap(repository()::save).get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        Problem stale = repository().save(created.withActive(false, T0)).getLeft();
        assertThat(stale).isEqualTo(new Problem.Conflict("content", created.key().toString(), Revision.INITIAL,
                new Revision(2)));
        assertThat(repository().find(tenant, created.key()).get().get()).isEqualTo(saved);
    }

    @Test
    public void saving_a_missing_item_is_a_conflict() {
        ContentItem never = item(freshTenant(), "ghost", CertificationType.SAA);
        assertThat(repository().save(never).getLeft()).isInstanceOf(Problem.Conflict.class);
    }

    @Test
    public void a_stale_delete_is_a_conflict_and_a_current_one_removes_item_and_history() {
        TenantId tenant = freshTenant();
        ContentItem created = repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        ContentItem saved = created.revise(created.details(), VersionBump.PATCH, T0).flatMap(repository()::save).get();
        assertThat(repository().delete(tenant, created.key(), Revision.INITIAL).getLeft())
                .isEqualTo(new Problem.Conflict("content", created.key().toString(), Revision.INITIAL, new Revision(2)));
        assertThat(repository().delete(tenant, created.key(), saved.revision()).get()).isEqualTo(created.key());
        assertThat(repository().find(tenant, created.key()).get()).isEqualTo(Option.none());
        assertThat(repository().history(tenant, created.key(), PageRequest.first(10)).get().items()).isEmpty();
        assertThat(repository().create(item(tenant, "guide-1", CertificationType.SAA)).isRight()).isTrue();
    }

    @Test
    public void history_lists_every_version_newest_first_and_as_of_finds_one_semantically() {
        TenantId tenant = freshTenant();
        ContentItem v1 = repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        ContentItem v2 = v1.revise(ContentRules.details(ContentFixtures.draft("Second", "VIDEO", "Compute")).get(),
                VersionBump.PATCH, T0).flatMap(repository()::save).get();
        ContentItem v3 = v2.revise(v2.details(), VersionBump.MINOR, T0).flatMap(repository()::save).get();
        List<ContentItem> history = readAll(1, p -> repository().history(tenant, v1.key(), p)).get();
        assertThat(history).extracting(i -> i.version().toString()).containsExactly("1.1.0", "1.0.1", "1.0");
        assertThat(history).containsExactly(v3, v2, v1);
        assertThat(repository().asOf(tenant, v1.key(), ContentVersion.of("1.0.0").get()).get()).isEqualTo(Option.of(v1));
        assertThat(repository().asOf(tenant, v1.key(), ContentVersion.of("1.0.1").get()).get().get().details().title())
                .isEqualTo("Second");
        assertThat(repository().asOf(tenant, v1.key(), ContentVersion.of("9.9").get()).get()).isEqualTo(Option.none());
    }

    @Test
    public void retired_items_are_hidden_from_listings_but_readable_by_key() {
        TenantId tenant = freshTenant();
        ContentItem created = repository().create(item(tenant, "guide-1", CertificationType.SAA)).get();
        repository().create(item(tenant, "guide-2", CertificationType.SAA)).get();
        ContentItem retired = repository().save(created.withActive(false, T0)).get();
        assertThat(repository().listByCertification(tenant, CertificationType.SAA, PageRequest.first(10)).get().items())
                .extracting(i -> i.id().value()).containsExactly("guide-2");
        assertThat(repository().listByCategory(tenant, "Compute", Option.none(), PageRequest.first(10)).get().items())
                .hasSize(1);
        assertThat(repository().countActive(tenant, CertificationType.SAA).get()).isEqualTo(1L);
        assertThat(repository().find(tenant, created.key()).get().get()).isEqualTo(retired);
        assertThat(repository().save(retired.withActive(true, T0)).isRight()).isTrue();
        assertThat(repository().countActive(tenant, CertificationType.SAA).get()).isEqualTo(2L);
    }

    @Test
    public void tenants_never_see_each_others_items() {
        TenantId a = freshTenant();
        TenantId b = freshTenant();
        ContentItem mine = repository().create(item(a, "guide-1", CertificationType.SAA)).get();
        assertThat(repository().find(b, mine.key()).get()).isEqualTo(Option.none());
        assertThat(repository().listByCertification(b, CertificationType.SAA, PageRequest.first(10)).get().items()).isEmpty();
        assertThat(repository().findAllCertifications(b, mine.id()).get()).isEmpty();
        assertThat(repository().history(b, mine.key(), PageRequest.first(10)).get().items()).isEmpty();
        assertThat(repository().countActive(b, CertificationType.SAA).get()).isZero();
        assertThat(repository().create(item(b, "guide-1", CertificationType.SAA)).isRight()).isTrue();
        assertThat(repository().delete(b, mine.key(), new Revision(7)).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(repository().find(a, mine.key()).get()).isEqualTo(Option.of(mine));
    }

    @Test
    public void a_forged_or_foreign_cursor_is_invalid() {
        TenantId tenant = freshTenant();
        for (int i = 0; i < 3; i++) {
            repository().create(item(tenant, "guide-" + i, CertificationType.SAA)).get();
        }
        Page<ContentItem> first = repository().listByCertification(tenant, CertificationType.SAA, PageRequest.first(1)).get();
        Cursor cursor = first.next().get();
        assertThat(repository().listByCertification(tenant, CertificationType.SAA,
                PageRequest.first(1).after(new Cursor("eyJrIjoiZm9yZ2VkIn0.c2lnbmF0dXJl"))).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(repository().listByCertification(tenant, CertificationType.DVA, PageRequest.first(1).after(cursor))
                .getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(repository().listByCertification(freshTenant(), CertificationType.SAA,
                PageRequest.first(1).after(cursor)).getLeft()).isInstanceOf(Problem.Invalid.class);
    }

    @Property(tries = 8)
    public void every_listing_pages_exactly_without_gaps_or_repeats(@ForAll @IntRange(min = 0, max = 24) int count,
                                                            @ForAll @IntRange(min = 1, max = 7) int limit) {
        TenantId tenant = freshTenant();
        List<ContentItem> stored = new ArrayList<>();
        CertificationType[] certs = {CertificationType.SAA, CertificationType.DVA, CertificationType.AIF};
        String[] categories = {"Compute", "Storage", "C#"};
        ContentType[] types = {ContentType.VIDEO, ContentType.LAB};
        for (int i = 0; i < count; i++) {
            String id = "c" + (i * 7919 % 97);
            ContentItem item = item(tenant, id, certs[i % 3], categories[i % 2 == 0 ? 0 : (i % 3 == 0 ? 2 : 1)],
                    types[i % 2], T0.plusSeconds(i % 5));
            stored.add(repository().create(item).get());
        }
        expectPaged(limit, stored.stream().filter(i -> i.certification() == CertificationType.SAA)
                        .sorted(Comparator.comparing((ContentItem i) -> i.details().category()).thenComparing(i -> i.id().value()))
                        .toList(),
                p -> repository().listByCertification(tenant, CertificationType.SAA, p));
        expectPaged(limit, stored.stream().filter(i -> i.details().category().equals("Compute"))
                        .sorted(Comparator.comparing((ContentItem i) -> i.id().value()).thenComparing(i -> i.certification().name()))
                        .toList(),
                p -> repository().listByCategory(tenant, "Compute", Option.none(), p));
        expectPaged(limit, stored.stream().filter(i -> i.details().category().equals("Storage")
                                && i.certification() == CertificationType.DVA)
                        .sorted(Comparator.comparing((ContentItem i) -> i.id().value())).toList(),
                p -> repository().listByCategory(tenant, "Storage", Option.of(CertificationType.DVA), p));
        Instant from = T0.plusSeconds(1);
        Instant to = T0.plusSeconds(4);
        expectPaged(limit, stored.stream().filter(i -> i.details().contentType() == ContentType.VIDEO
                                && !i.createdAt().isBefore(from) && i.createdAt().isBefore(to))
                        .sorted(Comparator.comparing(ContentItem::createdAt).thenComparing(i -> i.id().value())
                                .thenComparing(i -> i.certification().name())).toList(),
                p -> repository().listByType(tenant, ContentType.VIDEO, from, to, p));
    }

    private static void expectPaged(int limit, List<ContentItem> expected,
                                    java.util.function.Function<PageRequest, Either<Problem, Page<ContentItem>>> query) {
        assertThat(readAll(limit, query).get()).containsExactlyElementsOf(expected);
    }

    private static ContentKey key(String id, CertificationType cert) {
        return new ContentKey(new ContentId(id), cert);
    }
}
