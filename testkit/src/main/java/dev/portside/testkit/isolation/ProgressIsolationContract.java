package dev.portside.testkit.isolation;

import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressCommands.SummarizeProgress;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressEvent;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.progress.ProgressState;
import dev.portside.domain.progress.ProgressSummary;
import dev.portside.testkit.content.ContentFixtures;
import dev.portside.testkit.progress.ProgressFixtures;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
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
 * Progress entries and the summaries made of them are tenant-scoped on every adapter: random entries (and the
 * content they count against) written under two tenants with the same users, content ids and certifications are
 * never answered to the other tenant — not by a lookup, a batch lookup, a learner's listing, a certification's
 * window, nor in a learner's summary — and every paged query refuses a cursor from another tenant, another query or
 * with altered bytes. Each tenant's entries carry the tenant as their session, so an entry answered across tenants
 * shows even where the keys match.
 */
public abstract class ProgressIsolationContract {

    private static final CertificationType[] CERTS = {CertificationType.SAA, CertificationType.DVA};
    private static final int USERS = 3;
    private static final int CONTENTS = 4;

    protected abstract ProgressLedger ledger();

    /** The content store the summaries count active items in (the adapter's own, as a host wires them). */
    protected abstract ContentRepository contentRepository();

    private ProgressTracker tracker() {
        return new ProgressTracker(ledger(), new CatalogContentDirectory(contentRepository()),
                MutableClock.stepping(T0, Duration.ofSeconds(1)));
    }

    private static ProgressKey key(int user, int content, CertificationType cert) {
        return ProgressFixtures.key("u" + user, "c" + content, cert);
    }

    /** The stored entry of each key written: created, and for some specs a second event recorded. */
    private Map<ProgressKey, ProgressEntry> write(TenantId tenant, List<Integer> specs) {
        Map<ProgressKey, ProgressEntry> written = new LinkedHashMap<>();
        for (int spec : specs) {
            ProgressKey key = key(spec % USERS, spec / USERS % CONTENTS, CERTS[spec / 12 % 2]);
            if (written.containsKey(key)) {
                continue;
            }
            ProgressState state = ProgressState.values()[spec / 24 % ProgressState.values().length];
            ProgressEntry entry = ledger().create(ProgressEntry.start(tenant, event(tenant, key, state, spec))).get();
            if (spec / 96 % 2 == 1) {
                entry = ledger().save(entry.record(event(tenant, key, ProgressState.COMPLETED, spec + 1))).get();
            }
            written.put(key, entry);
        }
        return written;
    }

    private static ProgressEvent event(TenantId tenant, ProgressKey key, ProgressState state, int spec) {
        return new ProgressEvent(key, state, Option.of(new BigDecimal(spec % 100)), Duration.ofSeconds(spec),
                Option.of(tenant.value()), T0.plusSeconds(spec % 7));
    }

    /** Every entry is the owner's: its tenant, and the session it was recorded with under that tenant. */
    private static void owned(TenantId owner, List<ProgressEntry> entries) {
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.tenant()).isEqualTo(owner);
            assertThat(e.lastSessionId()).isEqualTo(Option.of(owner.value()));
        });
    }

    /** Content c0.. under the first certification, every third one retired. */
    private void content(TenantId tenant, int count) {
        for (int i = 0; i < count; i++) {
            var item = contentRepository().create(ContentFixtures.item(tenant, "c" + i, CERTS[0])).get();
            if (i % 3 == 2) {
                contentRepository().save(item.withActive(false, T0)).get();
            }
        }
    }

    @Property(tries = 8)
    void no_lookup_listing_or_summary_of_one_tenant_answers_the_others_progress(
            @ForAll @Size(max = 14) List<@IntRange(max = 200) Integer> specsOfA,
            @ForAll @Size(max = 14) List<@IntRange(max = 200) Integer> specsOfB,
            @ForAll @IntRange(max = CONTENTS) int contentOfA, @ForAll @IntRange(max = CONTENTS) int contentOfB) {
        TenantId a = ContentFixtures.freshTenant();
        TenantId b = ContentFixtures.freshTenant();
        content(a, contentOfA);
        content(b, contentOfB);
        Map<TenantId, Map<ProgressKey, ProgressEntry>> written = Map.of(a, write(a, specsOfA), b, write(b, specsOfB));
        Map<TenantId, Integer> contents = Map.of(a, contentOfA, b, contentOfB);
        for (TenantId owner : List.of(a, b)) {
            Map<ProgressKey, ProgressEntry> own = written.get(owner);
            List<ProgressKey> every = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                for (int c = 0; c < CONTENTS; c++) {
                    for (CertificationType cert : CERTS) {
                        ProgressKey key = key(u, c, cert);
                        every.add(key);
                        assertThat(ledger().find(owner, key).get()).isEqualTo(Option.of(own.get(key)));
                    }
                }
            }
            List<ProgressEntry> batch = ledger().findAll(owner, every).get();
            owned(owner, batch);
            assertThat(batch).containsExactlyInAnyOrderElementsOf(own.values());
            for (int u = 0; u < USERS; u++) {
                UserId user = new UserId("u" + u);
                List<ProgressEntry> mine = own.values().stream().filter(e -> e.key().user().equals(user)).toList();
                List<ProgressEntry> listed = readAll(2, p -> ledger().byUser(owner, user, Option.none(), p)).get();
                owned(owner, listed);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(mine);
                for (CertificationType cert : CERTS) {
                    List<ProgressEntry> ofCert = mine.stream().filter(e -> e.key().certification() == cert).toList();
                    List<ProgressEntry> listedOfCert = readAll(2, p -> ledger().byUser(owner, user, Option.of(cert),
                            p)).get();
                    owned(owner, listedOfCert);
                    assertThat(listedOfCert).containsExactlyInAnyOrderElementsOf(ofCert);
                    ProgressSummary summary = tracker().summary(new SummarizeProgress(owner.value(), user.value(),
                            cert.name())).get();
                    int count = contents.get(owner);
                    assertThat(summary.entries()).isEqualTo(ofCert.size());
                    assertThat(summary.totalTime()).isEqualTo(ofCert.stream().map(ProgressEntry::totalTime)
                            .reduce(Duration.ZERO, Duration::plus));
                    assertThat(summary.activeItems()).isEqualTo(cert == CERTS[0] ? count - count / 3 : 0);
                    assertThat(summary.completedItems()).isEqualTo(ofCert.stream().filter(e -> e.state().isDone()
                            && cert == CERTS[0] && activeContent(e, count)).count());
                }
            }
            for (CertificationType cert : CERTS) {
                List<ProgressEntry> window = readAll(2, p -> ledger().byCertification(owner, cert, T0,
                        T0.plusSeconds(60), p)).get();
                owned(owner, window);
                assertThat(window).containsExactlyInAnyOrderElementsOf(own.values().stream()
                        .filter(e -> e.key().certification() == cert).toList());
            }
        }
    }

    private static boolean activeContent(ProgressEntry entry, int contentCount) {
        int index = Integer.parseInt(entry.key().content().value().substring(1));
        return index < contentCount && index % 3 != 2;
    }

    @Test
    void cursors_of_a_learners_listing_and_of_a_certifications_window_keep_to_their_tenant_and_query() {
        TenantId owner = ContentFixtures.freshTenant();
        TenantId stranger = ContentFixtures.freshTenant();
        // u0 on c0..c3 under the first certification, u0 on c0 and c1 under the second
        List<Integer> specs = List.of(0, 3, 6, 9, 12, 15);
        write(owner, specs);
        write(stranger, specs);
        UserId u0 = new UserId("u0");
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> ledger().byUser(t, u0, Option.none(), page),
                (t, page) -> ledger().byUser(t, u0, Option.of(CERTS[0]), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> ledger().byUser(t, u0, Option.of(CERTS[0]), page),
                (t, page) -> ledger().byUser(t, new UserId("u1"), Option.of(CERTS[0]), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> ledger().byCertification(t, CERTS[0], T0, T0.plusSeconds(60), page),
                (t, page) -> ledger().byCertification(t, CERTS[1], T0, T0.plusSeconds(60), page));
        PagedQueries.refuseForeignCursors(owner, stranger,
                (t, page) -> ledger().byCertification(t, CERTS[0], T0, T0.plusSeconds(60), page),
                (t, page) -> ledger().byUser(t, u0, Option.of(CERTS[0]), page));
    }
}
