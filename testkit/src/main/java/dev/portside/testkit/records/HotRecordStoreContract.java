package dev.portside.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DailyCount;
import dev.portside.application.records.RecordCommands.FindRecordsByMetadata;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.SealHotRows;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordResults.RecordRead;
import dev.portside.application.records.RecordResults.SealHotReport;
import dev.portside.application.records.RecordResults.Source;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.WorkProgress;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeTry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HotRecordStore} must do: keep the payload sealed (checked in the raw row, through the vault),
 * refuse rows in clear, read legacy rows in clear and seal them in place, exact round trips, idempotent identical puts and
 * conflicts on another hash, all-or-nothing bulk puts, complete ordered paging with signed cursors,
 * daily counts, batched cleanup of the oldest rows, and tenant isolation.
 */
public abstract class HotRecordStoreContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract HotRecordStore store();

    /** The records vault over {@link #store()} (any archive and key vault), for the end-to-end encryption tests. */
    protected abstract RecordVault vault();

    /** The stored row of {@code id} as the backend keeps it, every column as text (bytes in any text form). */
    protected abstract String rawRow(TenantId tenant, RecordId id);

    /** Stores a row as written before hot rows were sealed (payload in clear), bypassing the adapter's put. */
    protected abstract void putLegacy(HotRecord row);

    private TenantId tenant;

    @BeforeEach
    @BeforeTry
    void freshTenant() {
        tenant = RecordSamples.freshTenant();
    }

    private HotRecord at(String id, String model, Duration after, Map<String, String> metadata) {
        return RecordSamples.hot(RecordSamples.record(tenant, id, model, T0.plus(after), metadata));
    }

    @Test
    void aRecordPutIsReadBackEqual() {
        HotRecord record = RecordSamples.hot(Record.of(tenant, "r-1", "unicode ✓ \t source", "{\"a\":[1,2]}", "m-1", T0,
                Map.of("k1", "v1", "k2", ""), T0.plus(Duration.ofDays(10))).get());

        assertThat(store().put(record).get()).isEqualTo(record);
        assertThat(store().get(tenant, record.id()).get().get()).isEqualTo(record);
        assertThat(store().get(tenant, new RecordId("other")).get()).isEmpty();
    }

    @Test
    void aRowInClearIsRefusedAndNothingIsWritten() {
        Record record = RecordSamples.record(tenant, "clear-1", "m-1", T0, Map.of());

        assertThat(store().put(HotRecord.legacy(record)).getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(store().putAll(tenant, List.of(at("ok-1", "m-1", Duration.ZERO, Map.of()), HotRecord.legacy(record)))
                .getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(store().present(tenant, List.of(record.id(), new RecordId("ok-1"))).get()).isEmpty();
    }

    @Test
    void aRecordWrittenThroughTheVaultLeavesOnlyCiphertextInTheHotRow() {
        String source = "SOURCE-" + UUID.randomUUID();
        String mapped = "MAPPED-" + UUID.randomUUID();
        assertThat(vault().write(new WriteRecord(tenant.value(), "sealed-1", source, mapped, "m-sealed", T0,
                Map.of("detector", "d-7"))).isRight()).isTrue();

        String raw = rawRow(tenant, new RecordId("sealed-1"));
        assertThat(raw).contains("sealed-1", "m-sealed", "d-7").doesNotContain(source, mapped);
        HotRecord row = store().get(tenant, new RecordId("sealed-1")).get().get();
        assertThat(row.isSealed()).isTrue();
        RecordRead read = vault().read(new ReadRecord(tenant.value(), "sealed-1", false)).get();
        assertThat(read.source()).isEqualTo(Source.HOT);
        assertThat(read.record().sourceData()).isEqualTo(source);
        assertThat(vault().findByMetadata(new FindRecordsByMetadata(tenant.value(), "detector", "d-7", 10, null)).get()
                .items()).extracting(Record::mappedData).containsExactly(mapped);
    }

    @Test
    void aLegacyRowInClearIsReadAsItIsThenSealedInPlaceByAResumableMigration() {
        Record legacy = Record.of(tenant, "legacy-1", "LEGACY-SOURCE-" + UUID.randomUUID(), "LEGACY-MAPPED", "m-legacy",
                T0, Map.of("k", "v"), T0.plus(Duration.ofDays(3650))).get();
        putLegacy(HotRecord.legacy(legacy));
        store().put(at("fresh-1", "m-legacy", Duration.ofSeconds(1), Map.of("k", "v")));
        assertThat(rawRow(tenant, legacy.id())).contains(legacy.sourceData());
        assertThat(vault().read(new ReadRecord(tenant.value(), "legacy-1", false)).get().record()).isEqualTo(legacy);

        SealHotReport first = vault().maintenance().sealHot(new SealHotRows(tenant.value()), WorkProgress.NONE).get();

        assertThat(first).isEqualTo(new SealHotReport(2, 1, 1, 0, List.of()));
        assertThat(rawRow(tenant, legacy.id())).contains("legacy-1", "m-legacy").doesNotContain(legacy.sourceData());
        assertThat(store().get(tenant, legacy.id()).get().get().isSealed()).isTrue();
        RecordRead read = vault().read(new ReadRecord(tenant.value(), "legacy-1", false)).get();
        assertThat(read.source()).isEqualTo(Source.HOT);
        assertThat(read.record()).isEqualTo(legacy);
        assertThat(vault().maintenance().sealHot(new SealHotRows(tenant.value()), WorkProgress.NONE).get())
                .isEqualTo(new SealHotReport(2, 0, 2, 0, List.of()));
        assertThat(store().byModelVersion(tenant, "m-legacy", T0, T0.plusSeconds(60), PageRequest.first(10)).get()
                .items()).extracting(HotRecord::id).containsExactly(legacy.id(), new RecordId("fresh-1"));
    }

    @Test
    void scanListsRowsByIdAndSealChangesOnlyRowsOfTheSameContent() {
        List<HotRecord> rows = List.of(at("s-1", "m-1", Duration.ZERO, Map.of()), at("s-2", "m-1", Duration.ZERO, Map.of()),
                at("s-3", "m-1", Duration.ZERO, Map.of()));
        store().putAll(tenant, rows);
        assertThat(store().scan(tenant, "", 2).get()).containsExactly(rows.get(0), rows.get(1));
        assertThat(store().scan(tenant, "s-2", 2).get()).containsExactly(rows.get(2));

        Envelope old = rows.get(0).envelope().get();
        HotRecord rewrapped = rows.get(0).withEnvelope(old.withKey("other-key", new byte[] {1, 2, 3}));
        HotRecord otherContent = RecordSamples.hot(Record.of(tenant, "s-2", "x", "y", "m-1", T0, Map.of(),
                T0.plusSeconds(60)).get());
        assertThat(store().seal(tenant, List.of(rewrapped, otherContent))).as("seal").isEqualTo(io.vavr.control.Either.right(1));
        assertThat(store().seal(tenant, List.of(rewrapped)).get()).isZero();
        assertThat(store().get(tenant, rows.get(0).id()).get().get()).isEqualTo(rewrapped);
        assertThat(store().get(tenant, rows.get(1).id()).get().get()).isEqualTo(rows.get(1));
    }

    @Test
    void anIdenticalPutIsIdempotentAndADifferentHashIsAConflict() {
        HotRecord record = at("r-1", "m-1", Duration.ZERO, Map.of());
        store().put(record);
        HotRecord changed = RecordSamples.hot(Record.of(tenant, "r-1", "other", "other", "m-1", T0, Map.of(),
                T0.plusSeconds(60)).get());

        assertThat(store().put(record).get()).isEqualTo(record);
        assertThat(store().put(changed).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(store().get(tenant, record.id()).get().get()).isEqualTo(record);
    }

    @Test
    void aBulkPutWritesOnlyNewRecordsAndNothingWhenOneConflicts() {
        HotRecord first = at("r-1", "m-1", Duration.ZERO, Map.of());
        store().put(first);
        List<HotRecord> batch = List.of(first, at("r-2", "m-1", Duration.ofSeconds(1), Map.of()),
                at("r-3", "m-1", Duration.ofSeconds(2), Map.of()));

        assertThat(store().putAll(tenant, batch).get()).isEqualTo(2);
        HotRecord conflicting = RecordSamples.hot(Record.of(tenant, "r-2", "x", "y", "m-1", T0, Map.of(),
                T0.plusSeconds(60)).get());
        HotRecord fresh = at("r-4", "m-1", Duration.ZERO, Map.of());
        assertThat(store().putAll(tenant, List.of(fresh, conflicting)).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(store().get(tenant, fresh.id()).get()).isEmpty();
        assertThat(store().present(tenant, List.of(new RecordId("r-1"), new RecordId("r-3"), new RecordId("r-4"))).get())
                .containsExactlyInAnyOrder(new RecordId("r-1"), new RecordId("r-3"));
    }

    @Test
    void anotherTenantSeesNothing() {
        HotRecord record = at("r-1", "m-1", Duration.ZERO, Map.of("k", "v"));
        store().put(record);
        TenantId other = RecordSamples.freshTenant();

        assertThat(store().get(other, record.id()).get()).isEmpty();
        assertThat(store().byMetadata(other, "k", "v", PageRequest.first(10)).get().items()).isEmpty();
        assertThat(store().countsPerDay(other, T0.minusSeconds(1), T0.plusSeconds(1)).get()).isEmpty();
        assertThat(store().deleteOlderThan(other, T0.plusSeconds(1), 10).get()).isZero();
        assertThat(store().get(tenant, record.id()).get()).isNotEmpty();
    }

    @Test
    void aForgedOrForeignCursorIsInvalid() {
        IntStream.range(0, 3).forEach(i -> store().put(at("r-" + i, "m-1", Duration.ofSeconds(i), Map.of("k", "v"))));
        Cursor next = store().byMetadata(tenant, "k", "v", PageRequest.first(1)).get().next().get();

        assertThat(store().byMetadata(tenant, "k", "other", PageRequest.first(1).after(next)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(store().byModelVersion(tenant, "m-1", T0, T0.plusSeconds(9), PageRequest.first(1).after(next)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(store().byMetadata(RecordSamples.freshTenant(), "k", "v", PageRequest.first(1).after(next)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }

    @Test
    void cleanupDeletesTheOldestRowsInBatchesAndKeepsRecentOnes() {
        IntStream.range(0, 7).forEach(i -> store().put(at("old-" + i, "m-1", Duration.ofMinutes(i), Map.of())));
        store().put(at("recent", "m-1", Duration.ofDays(2), Map.of()));
        Instant cutoff = T0.plus(Duration.ofDays(1));

        assertThat(store().countOlderThan(tenant, cutoff).get()).isEqualTo(7);
        assertThat(store().deleteOlderThan(tenant, cutoff, 3).get()).isEqualTo(3);
        assertThat(store().get(tenant, new RecordId("old-0")).get()).isEmpty();
        assertThat(store().get(tenant, new RecordId("old-3")).get()).isNotEmpty();
        assertThat(store().deleteOlderThan(tenant, cutoff, 3).get()).isEqualTo(3);
        assertThat(store().deleteOlderThan(tenant, cutoff, 3).get()).isEqualTo(1);
        assertThat(store().deleteOlderThan(tenant, cutoff, 3).get()).isZero();
        assertThat(store().get(tenant, new RecordId("recent")).get()).isNotEmpty();
    }

    @Test
    void countsAreGroupedPerModelVersionPerUtcDay() {
        store().putAll(tenant, List.of(at("a", "m-1", Duration.ZERO, Map.of()), at("b", "m-1", Duration.ofHours(1), Map.of()),
                at("c", "m-2", Duration.ofHours(2), Map.of()), at("d", "m-1", Duration.ofDays(1), Map.of()),
                at("e", "m-1", Duration.ofDays(5), Map.of())));
        LocalDate day = LocalDate.ofInstant(T0, ZoneOffset.UTC);

        assertThat(store().countsPerDay(tenant, T0, T0.plus(Duration.ofDays(2))).get()).containsExactly(
                new DailyCount("m-1", day, 2), new DailyCount("m-2", day, 1), new DailyCount("m-1", day.plusDays(1), 1));
    }

    @Property(tries = 30)
    void modelVersionPagesYieldExactlyTheMatchingRecordsInTimeOrder(@ForAll("records") List<Sample> samples,
                                                                     @ForAll @IntRange(min = 1, max = 7) int limit) {
        List<HotRecord> records = store(samples);
        Instant from = T0.plusSeconds(5);
        Instant to = T0.plusSeconds(40);
        List<HotRecord> expected = records.stream()
                .filter(r -> r.modelVersion().equals("m-1") && !r.timestamp().isBefore(from) && r.timestamp().isBefore(to))
                .sorted(Comparator.comparing(HotRecord::timestamp).thenComparing(r -> r.id().value())).toList();

        assertThat(drain(p -> store().byModelVersion(tenant, "m-1", from, to, p).get(), limit)).isEqualTo(expected);
    }

    @Property(tries = 30)
    void metadataPagesYieldExactlyTheMatchingRecordsInIdOrder(@ForAll("records") List<Sample> samples,
                                                              @ForAll @IntRange(min = 1, max = 7) int limit) {
        List<HotRecord> records = store(samples);
        List<HotRecord> expected = records.stream().filter(r -> "blue".equals(r.metadata().get("colour")))
                .sorted(Comparator.comparing(r -> r.id().value())).toList();

        assertThat(drain(p -> store().byMetadata(tenant, "colour", "blue", p).get(), limit)).isEqualTo(expected);
    }

    private List<HotRecord> store(List<Sample> samples) {
        Map<String, HotRecord> unique = new TreeMap<>();
        for (Sample s : samples) {
            unique.putIfAbsent(s.id(), at(s.id(), s.model(), Duration.ofSeconds(s.second()), Map.of("colour", s.colour())));
        }
        List<HotRecord> records = new ArrayList<>(unique.values());
        assertThat(store().putAll(tenant, records).get()).isEqualTo(records.size());
        return records;
    }

    private static List<HotRecord> drain(Function<PageRequest, Page<HotRecord>> query, int limit) {
        List<HotRecord> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<HotRecord> page = query.apply(request);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            assertThat(page.items()).hasSize(limit);
            request = request.after(page.next().get());
        }
    }

    public record Sample(String id, String model, int second, String colour) {
    }

    @Provide
    Arbitrary<List<Sample>> records() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("m-1", "m-2"), Arbitraries.integers().between(0, 50), Arbitraries.of("blue", "red"))
                .as(Sample::new).list().ofMaxSize(25);
    }
}
