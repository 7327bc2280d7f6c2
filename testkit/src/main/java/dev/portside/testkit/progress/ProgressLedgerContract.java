package dev.portside.testkit.progress;

import static dev.portside.testkit.content.ContentFixtures.T0;
import static dev.portside.testkit.content.ContentFixtures.freshTenant;
import static dev.portside.testkit.content.ContentFixtures.readAll;
import static dev.portside.testkit.progress.ProgressFixtures.entry;
import static dev.portside.testkit.progress.ProgressFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressEvent;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.progress.ProgressState;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProgressLedger}: every adapter's test subclasses this once. Each test
 * works in a fresh tenant, so one store may serve them all.
 */
public abstract class ProgressLedgerContract {

    protected abstract ProgressLedger ledger();

    @Test
    public void a_created_entry_is_found_with_every_field_intact() {
        TenantId tenant = freshTenant();
        ProgressEntry created = ledger().create(entry(tenant, key("u1", "c1", CertificationType.SAA), T0)).get();
        assertThat(created.revision()).isEqualTo(Revision.INITIAL);
        ProgressEntry found = ledger().find(tenant, created.key()).get().get();
        assertThat(found).isEqualTo(created);
        assertThat(found.bestScore().get()).isEqualTo(new BigDecimal("72.50"));
    }

    @Test
    public void create_refuses_an_existing_key() {
        TenantId tenant = freshTenant();
        ledger().create(entry(tenant, key("u1", "c1", CertificationType.SAA), T0)).get();
        assertThat(ledger().create(entry(tenant, key("u1", "c1", CertificationType.SAA), T0)).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
    }

    @Test
    public void a_stale_save_and_a_stale_delete_are_conflicts_with_both_revisions() {
        TenantId tenant = freshTenant();
        ProgressEntry created = ledger().create(entry(tenant, key("u1", "c1", CertificationType.SAA), T0)).get();
        ProgressEntry saved = ledger().save(created.record(event(created.key(), ProgressState.COMPLETED, "95", T0))).get();
        assertThat(saved.revision()).isEqualTo(new Revision(2));
        assertThat(saved.state()).isEqualTo(ProgressState.MASTERED);
        Problem expected = new Problem.Conflict("progress", created.key().toString(), Revision.INITIAL, new Revision(2));
        assertThat(ledger().save(created).getLeft()).isEqualTo(expected);
        assertThat(ledger().delete(tenant, created.key(), Revision.INITIAL).getLeft()).isEqualTo(expected);
        assertThat(ledger().delete(tenant, created.key(), saved.revision()).get()).isEqualTo(created.key());
        assertThat(ledger().find(tenant, created.key()).get()).isEqualTo(Option.none());
    }

    @Test
    public void find_all_returns_only_stored_keys() {
        TenantId tenant = freshTenant();
        ProgressEntry a = ledger().create(entry(tenant, key("u1", "c1", CertificationType.SAA), T0)).get();
        ProgressEntry b = ledger().create(entry(tenant, key("u2", "c1", CertificationType.SAA), T0)).get();
        List<ProgressEntry> found = ledger().findAll(tenant, List.of(a.key(), key("u3", "c9", CertificationType.SAA),
                b.key())).get();
        assertThat(found).containsExactlyInAnyOrder(a, b);
    }

    @Test
    public void import_all_writes_every_entry_across_several_backend_batches() {
        TenantId tenant = freshTenant();
        List<ProgressEntry> batch = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            batch.add(entry(tenant, key("u" + (i % 7), "c" + i, CertificationType.SAA), T0.plusSeconds(i)));
        }
        assertThat(ledger().importAll(tenant, batch).get()).isEmpty();
        List<ProgressEntry> found = ledger().findAll(tenant, batch.stream().map(ProgressEntry::key).toList()).get();
        assertThat(found).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    public void import_all_leaves_an_entry_a_concurrent_write_created_untouched_and_names_its_key() {
        TenantId tenant = freshTenant();
        ProgressEntry raced = ledger().create(entry(tenant, key("u1", "c1", CertificationType.SAA), T0)).get();
        ProgressEntry saved = ledger().save(raced.record(event(raced.key(), ProgressState.COMPLETED, "90", T0))).get();
        ProgressEntry fresh = entry(tenant, key("u1", "c2", CertificationType.SAA), T0);

        List<ProgressKey> taken = ledger().importAll(tenant, List.of(entry(tenant, raced.key(), T0.plusSeconds(5)),
                fresh)).get();

        assertThat(taken).containsExactly(raced.key());
        assertThat(ledger().find(tenant, raced.key()).get().get()).isEqualTo(saved);
        assertThat(ledger().find(tenant, fresh.key()).get().get()).isEqualTo(fresh.withRevision(Revision.INITIAL));
    }

    @Test
    public void tenants_never_see_each_others_entries() {
        TenantId a = freshTenant();
        TenantId b = freshTenant();
        ProgressEntry mine = ledger().create(entry(a, key("u1", "c1", CertificationType.SAA), T0)).get();
        assertThat(ledger().find(b, mine.key()).get()).isEqualTo(Option.none());
        assertThat(ledger().findAll(b, List.of(mine.key())).get()).isEmpty();
        assertThat(ledger().byUser(b, mine.key().user(), Option.none(), PageRequest.first(5)).get().items()).isEmpty();
        assertThat(ledger().byCertification(b, CertificationType.SAA, T0.minusSeconds(1), T0.plusSeconds(1),
                PageRequest.first(5)).get().items()).isEmpty();
        assertThat(ledger().create(entry(b, mine.key(), T0)).isRight()).isTrue();
    }

    @Test
    public void a_forged_or_foreign_cursor_is_invalid() {
        TenantId tenant = freshTenant();
        for (int i = 0; i < 3; i++) {
            ledger().create(entry(tenant, key("u1", "c" + i, CertificationType.SAA), T0)).get();
        }
        UserId user = new UserId("u1");
        Cursor cursor = ledger().byUser(tenant, user, Option.none(), PageRequest.first(1)).get().next().get();
        assertThat(ledger().byUser(tenant, new UserId("u2"), Option.none(), PageRequest.first(1).after(cursor)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(ledger().byUser(freshTenant(), user, Option.none(), PageRequest.first(1).after(cursor)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(ledger().byUser(tenant, user, Option.none(), PageRequest.first(1).after(new Cursor("abc.def"))).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }

    @Property(tries = 8)
    public void queries_page_exactly_without_gaps_or_repeats(@ForAll @IntRange(min = 0, max = 30) int count,
                                                      @ForAll @IntRange(min = 1, max = 7) int limit) {
        TenantId tenant = freshTenant();
        CertificationType[] certs = {CertificationType.SAA, CertificationType.DVA};
        List<ProgressEntry> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProgressKey key = key(i % 3 == 0 ? "u1" : "u2", "c" + i, certs[i % 2]);
            stored.add(ledger().create(entry(tenant, key, T0.plusSeconds(i % 6))).get());
        }
        UserId u1 = new UserId("u1");
        expectPaged(limit, stored.stream().filter(e -> e.key().user().equals(u1))
                        .sorted(Comparator.comparing((ProgressEntry e) -> e.key().content().value() + "#"
                                + e.key().certification().name())).toList(),
                p -> ledger().byUser(tenant, u1, Option.none(), p));
        expectPaged(limit, stored.stream().filter(e -> e.key().user().equals(u1)
                                && e.key().certification() == CertificationType.DVA)
                        .sorted(Comparator.comparing((ProgressEntry e) -> e.key().content().value())).toList(),
                p -> ledger().byUser(tenant, u1, Option.of(CertificationType.DVA), p));
        Instant from = T0.plusSeconds(1);
        Instant to = T0.plusSeconds(5);
        expectPaged(limit, stored.stream().filter(e -> e.key().certification() == CertificationType.SAA
                                && !e.lastRecordedAt().isBefore(from) && e.lastRecordedAt().isBefore(to))
                        .sorted(Comparator.comparing(ProgressEntry::lastRecordedAt)
                                .thenComparing(e -> e.key().user().value())
                                .thenComparing(e -> e.key().content().value())).toList(),
                p -> ledger().byCertification(tenant, CertificationType.SAA, from, to, p));
    }

    private static void expectPaged(int limit, List<ProgressEntry> expected,
                                    java.util.function.Function<PageRequest,
                                            io.vavr.control.Either<Problem, Page<ProgressEntry>>> query) {
        assertThat(readAll(limit, query).get()).containsExactlyElementsOf(expected);
    }

    private static ProgressEvent event(ProgressKey key, ProgressState state, String score, Instant at) {
        return new ProgressEvent(key, state, Option.of(new BigDecimal(score)), Duration.ofSeconds(10),
                Option.of("session-2"), at);
    }
}
