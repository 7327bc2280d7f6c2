package dev.portside.testkit.isolation;

import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentRules;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.content.VersionBump;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.content.ContentFixtures;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Content items and their history are tenant-scoped on every adapter: random items written under two tenants with
 * the same ids and certifications (revised and retired at random) are never answered to the other tenant — not by a
 * lookup, the certifications of an id, a listing by certification, category or type, a history or an as-of read,
 * nor in an active count — and every paged query refuses a cursor from another tenant, another query or with
 * altered bytes. Each tenant's titles name the tenant, so a row answered across tenants shows even where the ids match.
 */
public abstract class ContentIsolationContract {

    private static final CertificationType[] CERTS = {CertificationType.SAA, CertificationType.DVA};
    private static final String[] CATEGORIES = {"Compute", "Storage"};
    private static final ContentType[] TYPES = {ContentType.VIDEO, ContentType.LAB};
    private static final int IDS = 4;

    protected abstract ContentRepository repository();

    /** Every version written of each key, oldest first; the last one is what is stored. */
    private Map<ContentKey, List<ContentItem>> write(TenantId tenant, List<Integer> specs) {
        Map<ContentKey, List<ContentItem>> written = new LinkedHashMap<>();
        for (int spec : specs) {
            ContentKey key = new ContentKey(new ContentId("c" + spec % IDS), CERTS[spec / IDS % 2]);
            if (written.containsKey(key)) {
                continue;
            }
            String category = CATEGORIES[spec / 8 % 2];
            ContentType type = TYPES[spec / 16 % 2];
            ContentItem item = repository().create(ContentItem.publish(tenant, key, details(tenant, key, 0, type,
                    category), ContentVersion.INITIAL, T0.plusSeconds(spec % 5))).get();
            List<ContentItem> versions = new ArrayList<>(List.of(item));
            for (int r = 1; r <= spec / 32 % 3; r++) {
                item = item.revise(details(tenant, key, r, type, category), VersionBump.PATCH, T0.plusSeconds(r))
                        .flatMap(repository()::save).get();
                versions.add(item);
            }
            if (spec / 96 % 3 == 1) {
                versions.add(repository().save(item.withActive(false, T0.plusSeconds(9))).get());
            }
            written.put(key, versions);
        }
        return written;
    }

    private static ContentDetails details(TenantId tenant, ContentKey key, int revision, ContentType type,
                                          String category) {
        return ContentRules.details(ContentFixtures.draft(title(tenant, key) + " r" + revision, type.name(),
                category)).get();
    }

    private static String title(TenantId tenant, ContentKey key) {
        return key.id().value() + " " + key.certification() + " of " + tenant.value();
    }

    /** Every item is the owner's: its tenant, and the title it was given under that tenant. */
    private static void owned(TenantId owner, List<ContentItem> items) {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.tenant()).isEqualTo(owner);
            assertThat(i.details().title()).startsWith(title(owner, i.key()));
        });
    }

    @Property(tries = 8)
    void no_lookup_listing_history_or_count_of_one_tenant_answers_the_others_items(
            @ForAll @Size(max = 10) List<@IntRange(max = 400) Integer> specsOfA,
            @ForAll @Size(max = 10) List<@IntRange(max = 400) Integer> specsOfB) {
        TenantId a = ContentFixtures.freshTenant();
        TenantId b = ContentFixtures.freshTenant();
        Map<TenantId, Map<ContentKey, List<ContentItem>>> written = Map.of(a, write(a, specsOfA), b, write(b, specsOfB));
        for (TenantId owner : List.of(a, b)) {
            Map<ContentKey, List<ContentItem>> own = written.get(owner);
            List<ContentItem> current = own.values().stream().map(v -> v.get(v.size() - 1)).toList();
            List<ContentItem> active = current.stream().filter(ContentItem::active).toList();
            for (int i = 0; i < IDS; i++) {
                ContentId id = new ContentId("c" + i);
                List<ContentItem> certifications = repository().findAllCertifications(owner, id).get();
                owned(owner, certifications);
                assertThat(certifications).containsExactlyInAnyOrderElementsOf(current.stream()
                        .filter(c -> c.id().equals(id)).toList());
                for (CertificationType cert : CERTS) {
                    ContentKey key = new ContentKey(id, cert);
                    Option<ContentItem> stored = Option.ofOptional(current.stream().filter(c -> c.key().equals(key))
                            .findFirst());
                    assertThat(repository().find(owner, key).get()).isEqualTo(stored);
                    List<ContentItem> history = readAll(2, p -> repository().history(owner, key, p)).get();
                    owned(owner, history);
                    assertThat(history).extracting(ContentItem::version).containsAll(own.getOrDefault(key, List.of())
                            .stream().map(ContentItem::version).toList());
                    assertThat(history.isEmpty()).isEqualTo(stored.isEmpty());
                    Option<ContentItem> first = repository().asOf(owner, key, ContentVersion.INITIAL).get();
                    owned(owner, first.toJavaList());
                    assertThat(first.isDefined()).isEqualTo(stored.isDefined());
                }
            }
            for (CertificationType cert : CERTS) {
                List<ContentItem> listed = readAll(2, p -> repository().listByCertification(owner, cert, p)).get();
                owned(owner, listed);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(active.stream()
                        .filter(c -> c.certification() == cert).toList());
                assertThat(repository().countActive(owner, cert).get())
                        .isEqualTo(active.stream().filter(c -> c.certification() == cert).count());
            }
            for (String category : CATEGORIES) {
                List<ContentItem> listed = readAll(2, p -> repository().listByCategory(owner, category, Option.none(),
                        p)).get();
                owned(owner, listed);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(active.stream()
                        .filter(c -> c.details().category().equals(category)).toList());
                List<ContentItem> ofCert = readAll(2, p -> repository().listByCategory(owner, category,
                        Option.of(CERTS[0]), p)).get();
                owned(owner, ofCert);
                assertThat(ofCert).containsExactlyInAnyOrderElementsOf(active.stream()
                        .filter(c -> c.details().category().equals(category) && c.certification() == CERTS[0])
                        .toList());
            }
            for (ContentType type : TYPES) {
                List<ContentItem> listed = readAll(2, p -> repository().listByType(owner, type, T0,
                        T0.plusSeconds(60), p)).get();
                owned(owner, listed);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(active.stream()
                        .filter(c -> c.details().contentType() == type).toList());
            }
        }
    }

    @Test
    void cursors_of_every_listing_and_of_history_keep_to_their_tenant_and_query() {
        TenantId owner = ContentFixtures.freshTenant();
        TenantId stranger = ContentFixtures.freshTenant();
        // three SAA items c0..c2 (Compute, VIDEO), three DVA items (Storage, LAB), c0/SAA revised twice
        List<Integer> specs = List.of(64, 1, 2, 4 + 8 + 16, 5 + 8 + 16, 6 + 8 + 16);
        write(owner, specs);
        write(stranger, specs);
        ContentKey revised = new ContentKey(new ContentId("c0"), CERTS[0]);
        Instant from = T0;
        Instant to = T0.plusSeconds(60);
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> repository().listByCertification(t, CERTS[0], page),
                (t, page) -> repository().listByCertification(t, CERTS[1], page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> repository().listByCategory(t, "Compute", Option.none(), page),
                (t, page) -> repository().listByCategory(t, "Compute", Option.of(CERTS[0]), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> repository().listByType(t, ContentType.VIDEO, from, to, page),
                (t, page) -> repository().listByType(t, ContentType.VIDEO, from, to.plusSeconds(1), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> repository().history(t, revised, page),
                (t, page) -> repository().history(t, new ContentKey(revised.id(), CERTS[1]), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> repository().listByCertification(t, CERTS[0], page),
                (t, page) -> repository().listByCategory(t, "Compute", Option.none(), page));
    }
}
