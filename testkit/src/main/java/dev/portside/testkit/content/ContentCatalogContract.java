package dev.portside.testkit.content;

import dev.portside.testkit.time.MutableClock;
import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.freshTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCatalog;
import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.application.content.ContentCommands.GetContentVersion;
import dev.portside.application.content.ContentCommands.ListContentByCertification;
import dev.portside.application.content.ContentCommands.ListContentHistory;
import dev.portside.application.content.ContentCommands.PublishContent;
import dev.portside.application.content.ContentCommands.RestoreContent;
import dev.portside.application.content.ContentCommands.RetireContent;
import dev.portside.application.content.ContentCommands.ReviseContent;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentChanges;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The content catalog's use cases over one adapter: versioning, partial revisions, the optimistic
 * lock, soft delete, history, all-violations validation and no lost update under concurrent revisions.
 */
public abstract class ContentCatalogContract {

    protected abstract ContentRepository repository();

    private ContentCatalog catalog() {
        return new ContentCatalog(repository(), MutableClock.stepping(T0, java.time.Duration.ofSeconds(1)));
    }

    private static final ContentChanges NO_CHANGE = ContentChanges.none();

    @Test
    public void retire_and_restore_append_to_history_and_never_rewrite_an_entry() {
        String tenant = freshTenant().value();
        ContentCatalog catalog = catalog();
        ContentItem published = catalog.publish(ContentArbitraries.validPublish(tenant, "guide-1")).get();
        ContentItem revised = catalog.revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, null, null)).get();
        ContentItem retired = catalog.retire(new RetireContent(tenant, "guide-1", "SAA")).get();
        ContentItem restored = catalog.restore(new RestoreContent(tenant, "guide-1", "SAA")).get();

        assertThat(catalog.history(new ListContentHistory(tenant, "guide-1", "SAA", 2, null)).map(p -> p.items())
                .get()).containsExactly(restored, retired);
        List<ContentItem> all = new ArrayList<>();
        ContentFixtures.readAll(1, p -> repository().history(TenantId.of(tenant).get(), published.key(), p)).forEach(all::addAll);
        assertThat(all).containsExactly(restored, retired, revised, published);
        assertThat(all).extracting(ContentItem::active).containsExactly(true, false, true, true);
        assertThat(catalog.getVersion(new GetContentVersion(tenant, "guide-1", "SAA", "1.0.1")).get()).isEqualTo(restored);
        assertThat(catalog.getVersion(new GetContentVersion(tenant, "guide-1", "SAA", "1.0")).get()).isEqualTo(published);
    }

    @Test
    public void a_major_bump_resets_minor_and_patch() {
        String tenant = freshTenant().value();
        ContentItem published = catalog().publish(ContentArbitraries.validPublish(tenant, "guide-1")).get();
        ContentItem major = catalog().revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, "major",
                published.revision().value())).get();
        assertThat(major.version()).hasToString("2.0.0");
        assertThat(catalog().get(new GetContent(tenant, "guide-1", "SAA")).get()).isEqualTo(major);
    }

    @Test
    public void a_bump_past_the_largest_version_is_refused_and_changes_nothing() {
        String tenant = freshTenant().value();
        PublishContent publish = ContentArbitraries.validPublish(tenant, "guide-1");
        ContentItem top = catalog().publish(new PublishContent(tenant, "guide-1", publish.certification(),
                publish.draft(), "999999999.999999999.999999999")).get();
        for (String bump : new String[] {null, "minor", "major"}) {
            assertThat(catalog().revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, bump, null)).getLeft())
                    .isInstanceOfSatisfying(Problem.Rejected.class,
                            r -> assertThat(r.rule()).isEqualTo("content.version-overflow"));
        }
        assertThat(catalog().get(new GetContent(tenant, "guide-1", "SAA")).get()).isEqualTo(top);
    }

    @Test
    public void an_item_stored_with_an_unparseable_version_is_readable_and_its_next_revision_is_1_0_1() {
        TenantId tenant = freshTenant();
        ContentItem legacy = ContentFixtures.item(tenant, "legacy-1", CertificationType.SAA);
        legacy = ContentItem.publish(tenant, legacy.key(), legacy.details(), ContentVersion.stored("v2-final"), T0);
        repository().create(legacy).get();

        ContentItem read = catalog().get(new GetContent(tenant.value(), "legacy-1", "SAA")).get();
        assertThat(read.version()).hasToString("v2-final");
        ContentItem revised = catalog().revise(new ReviseContent(tenant.value(), "legacy-1", "SAA", NO_CHANGE, null,
                read.revision().value())).get();
        assertThat(revised.version()).hasToString("1.0.1");
        assertThat(catalog().history(new ListContentHistory(tenant.value(), "legacy-1", "SAA", 10, null)).get().items())
                .extracting(i -> i.version().toString()).containsExactly("1.0.1", "v2-final");
    }

    @Test
    public void each_revision_increments_the_patch_and_history_keeps_every_version() {
        String tenant = freshTenant().value();
        ContentCatalog catalog = catalog();
        ContentItem published = catalog.publish(ContentArbitraries.validPublish(tenant, "guide-1")).get();
        ContentItem first = catalog.revise(new ReviseContent(tenant, "guide-1", "SAA",
                ContentChanges.builder().title("Lambda, revised").chunkCount(9).build(), null, null)).get();
        ContentItem second = catalog.revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, "minor",
                first.revision().value())).get();
        assertThat(List.of(published, first, second)).extracting(i -> i.version().toString())
                .containsExactly("1.0", "1.0.1", "1.1.0");
        assertThat(first.details().title()).isEqualTo("Lambda, revised");
        assertThat(first.details().chunkCount()).isEqualTo(9);
        assertThat(first.details().category()).isEqualTo(published.details().category());
        assertThat(first.details().tags()).isEqualTo(published.details().tags());
        assertThat(catalog.history(new ListContentHistory(tenant, "guide-1", "SAA", 10, null)).get().items())
                .containsExactly(second, first, published);
        assertThat(catalog.getVersion(new GetContentVersion(tenant, "guide-1", "SAA", "1.0.0")).get()).isEqualTo(published);
        assertThat(catalog.getVersion(new GetContentVersion(tenant, "guide-1", "SAA", "7.0")).getLeft())
                .isInstanceOf(Problem.NotFound.class);
    }

    @Test
    public void publishing_twice_is_refused() {
        String tenant = freshTenant().value();
        catalog().publish(ContentArbitraries.validPublish(tenant, "guide-1")).get();
        assertThat(catalog().publish(ContentArbitraries.validPublish(tenant, "guide-1")).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    public void a_revision_from_a_stale_read_is_a_conflict_naming_both_revisions() {
        String tenant = freshTenant().value();
        ContentCatalog catalog = catalog();
        catalog.publish(ContentArbitraries.validPublish(tenant, "guide-1")).get();
        catalog.revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, null, 1L)).get();
        Problem stale = catalog.revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, null, 1L)).getLeft();
        assertThat(stale).isEqualTo(new Problem.Conflict("content", "guide-1/SAA", Revision.INITIAL, new Revision(2)));
    }

    @Test
    public void a_retired_item_cannot_be_revised_until_restored() {
        String tenant = freshTenant().value();
        ContentCatalog catalog = catalog();
        catalog.publish(ContentArbitraries.validPublish(tenant, "guide-1")).get();
        ContentItem retired = catalog.retire(new RetireContent(tenant, "guide-1", "SAA")).get();
        assertThat(retired.active()).isFalse();
        assertThat(catalog.get(new GetContent(tenant, "guide-1", "SAA")).get().active()).isFalse();
        assertThat(catalog.listByCertification(new ListContentByCertification(tenant, "SAA", 10, null)).get().items()).isEmpty();
        assertThat(catalog.revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, null, null)).getLeft())
                .isInstanceOf(Problem.Rejected.class);
        catalog.restore(new RestoreContent(tenant, "guide-1", "SAA")).get();
        assertThat(catalog.revise(new ReviseContent(tenant, "guide-1", "SAA", NO_CHANGE, null, null)).get()
                .version().toString()).isEqualTo("1.0.1");
    }

    @Test
    public void missing_items_are_not_found() {
        String tenant = freshTenant().value();
        assertThat(catalog().get(new GetContent(tenant, "nope", "SAA")).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(catalog().retire(new RetireContent(tenant, "nope", "SAA")).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    @Property(tries = 200)
    public void every_invalid_publish_lists_all_its_violations_and_never_throws(
            @ForAll("publishCorruptions") Set<Corruption<PublishContent>> corruptions) {
        PublishContent command = ContentArbitraries.validPublish(freshTenant().value(), "guide-1");
        for (Corruption<PublishContent> c : corruptions) {
            command = c.apply().apply(command);
        }
        expectAllViolations(catalog().publish(command), corruptions.stream().map(Corruption::field).toList());
    }

    @Property(tries = 200)
    public void every_invalid_revision_lists_all_its_violations_and_never_throws(
            @ForAll("reviseCorruptions") Set<Corruption<ReviseContent>> corruptions) {
        ReviseContent command = new ReviseContent(freshTenant().value(), "guide-1", "SAA",
                ContentFixtures.changes("A title", "VIDEO", "Compute"), "PATCH", 1L);
        for (Corruption<ReviseContent> c : corruptions) {
            command = c.apply().apply(command);
        }
        expectAllViolations(catalog().revise(command), corruptions.stream().map(Corruption::field).toList());
    }

    @Provide
    Arbitrary<Set<Corruption<PublishContent>>> publishCorruptions() {
        return ContentArbitraries.publishCorruptions();
    }

    @Provide
    Arbitrary<Set<Corruption<ReviseContent>>> reviseCorruptions() {
        return ContentArbitraries.reviseCorruptions();
    }

    @Test
    public void concurrent_revisions_either_win_or_conflict_and_no_update_is_lost() throws Exception {
        String tenant = freshTenant().value();
        ContentCatalog catalog = catalog();
        catalog.publish(ContentArbitraries.validPublish(tenant, "hot-item")).get();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Either<Problem, ContentItem>>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<Either<Problem, ContentItem>> results = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    results.add(catalog.revise(new ReviseContent(tenant, "hot-item", "SAA", NO_CHANGE, null, null)));
                }
                return results;
            }));
        }
        start.countDown();
        int wins = 0;
        for (Future<List<Either<Problem, ContentItem>>> f : futures) {
            for (Either<Problem, ContentItem> r : f.get(60, TimeUnit.SECONDS)) {
                if (r.isRight()) {
                    wins++;
                } else {
                    assertThat(r.getLeft()).isInstanceOf(Problem.Conflict.class);
                }
            }
        }
        pool.shutdown();
        List<ContentItem> history = ContentFixtures.readAll(100, p -> catalog.history(
                new ListContentHistory(tenant, "hot-item", "SAA", p.limit(), p.after().getOrNull()))).get();
        ContentItem last = catalog.get(new GetContent(tenant, "hot-item", "SAA")).get();
        assertThat(wins).isPositive();
        assertThat(history).hasSize(wins + 1);
        assertThat(last.revision().value()).isEqualTo(wins + 1L);
        assertThat(last.version().toString()).isEqualTo("1.0." + wins);
    }

    static void expectAllViolations(Either<Problem, ?> result, List<String> fields) {
        assertThat(result.isLeft()).as("an invalid command must be refused").isTrue();
        assertThat(result.getLeft()).isInstanceOf(Problem.Invalid.class);
        List<String> reported = ((Problem.Invalid) result.getLeft()).violations().stream().map(Violation::field).toList();
        for (String field : fields) {
            assertThat(reported).as("violations must name " + field).anyMatch(f -> f.startsWith(field));
        }
    }
}
