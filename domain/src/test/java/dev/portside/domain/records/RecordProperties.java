package dev.portside.domain.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class RecordProperties {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00.123456Z");

    private static Record valid(String source, Map<String, String> metadata) {
        return Record.of(TENANT, "r-1", source, "mapped", "m-1", AT, metadata, AT.plus(Duration.ofDays(1))).get();
    }

    @Property
    void aValidRecordIsIntactAndItsHashIsStable(@ForAll("storable") String source,
                                                @ForAll("metadata") Map<String, String> metadata) {
        Record record = valid(source, metadata);

        assertThat(record.intact()).isTrue();
        assertThat(record.timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
        assertThat(valid(source, new HashMap<>(metadata)).contentHash()).isEqualTo(record.contentHash());
        assertThat(record.contentHash().hex()).hasSize(64);
    }

    @Property
    void anyChangeOfContentChangesTheHashButRetentionDoesNot(@ForAll("storable") String source,
                                                            @ForAll @StringLength(min = 1, max = 5) @AlphaChars String suffix) {
        Record record = valid(source, Map.of());

        assertThat(valid(source + suffix, Map.of()).contentHash()).isNotEqualTo(record.contentHash());
        assertThat(valid(source, Map.of("k", suffix)).contentHash()).isNotEqualTo(record.contentHash());
        assertThat(record.retainedUntil(AT.plus(Duration.ofDays(9))).contentHash()).isEqualTo(record.contentHash());
    }

    @Property(tries = 50)
    void anInvalidRecordListsEveryViolationAtOnce(@ForAll("badIds") String id,
                                                  @ForAll @IntRange(min = 51, max = 80) int entries,
                                                  @ForAll @IntRange(min = 1, max = 100) int excessBytes) {
        Map<String, String> metadata = new HashMap<>();
        for (int i = 0; i < entries; i++) {
            metadata.put("k" + i, "v");
        }
        String oversized = "é".repeat((Record.MAX_PAYLOAD_BYTES + excessBytes + 1) / 2);

        Problem problem = Record.of(TENANT, id, oversized, oversized, "m", AT, metadata, AT.minusSeconds(1)).getLeft();

        assertThat(problem).isInstanceOf(Problem.Invalid.class);
        assertThat(((Problem.Invalid) problem).violations()).extracting(Violation::field)
                .containsExactly("id", "sourceData", "mappedData", "retainUntil", "metadata");
    }

    @Property(tries = 30)
    void fiftyMetadataEntriesAreAcceptedAndFiftyOneAreNot(@ForAll @IntRange(min = 0, max = 1) int extra) {
        Map<String, String> metadata = new HashMap<>();
        for (int i = 0; i < 50 + extra; i++) {
            metadata.put("k" + i, "v");
        }
        assertThat(Record.of(TENANT, "r", "s", "m", "m", AT, metadata, AT.plusSeconds(1)).isRight()).isEqualTo(extra == 0);
    }

    @Property(tries = 20)
    void nullsAreViolationsNeverExceptions(@ForAll @IntRange(min = 0, max = 7) int nulled) {
        Object[] args = {TENANT, "r", "s", "m", "m", AT, Map.of(), AT.plusSeconds(1)};
        args[nulled] = null;

        var result = Record.of((TenantId) args[0], (String) args[1], (String) args[2], (String) args[3],
                (String) args[4], (Instant) args[5], castMap(args[6]), (Instant) args[7]);

        assertThat(result.isRight()).isEqualTo(nulled == 6);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castMap(Object value) {
        return (Map<String, String>) value;
    }

    @Provide
    Arbitrary<String> badIds() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("has space"), Arbitraries.just("-lead"),
                Arbitraries.strings().alpha().ofLength(129), Arbitraries.just("slash/id"));
    }

    @Property(tries = 50)
    void textNoStoreKeepsAndInstantsOutsideTheStorableRangeAreRefusedAtOnce(
            @ForAll @IntRange(min = 0, max = 2) int where, @ForAll("outOfRange") Instant at) {
        String bad = "before\u0000after";
        String lone = "x\ud800y";
        Map<String, String> metadata = Map.of(where == 0 ? "key" : "k\u0000", where < 2 ? lone : "v");

        Problem problem = Record.of(TENANT, "r", bad, lone, "m", at, metadata, Checks.LATEST).getLeft();

        assertThat(((Problem.Invalid) problem).violations()).extracting(Violation::field)
                .contains("sourceData", "mappedData", "timestamp").anySatisfy(f -> assertThat(f).startsWith("metadata"));
        assertThat(problem.message()).doesNotContain("before", "after");
    }

    @Provide
    Arbitrary<Instant> outOfRange() {
        return Arbitraries.of(Instant.MIN, Instant.MAX, Instant.parse("-5000-01-01T00:00:00Z"),
                Checks.EARLIEST.minusMillis(1), Checks.LATEST.plusMillis(1));
    }

    @Provide
    Arbitrary<String> storable() {
        return Arbitraries.strings().ofMaxLength(200).filter(s -> Checks.storable("source", s).isValid());
    }

    @Provide
    Arbitrary<Map<String, String>> metadata() {
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().ofMaxLength(20).filter(s -> Checks.storable("v", s).isValid())).ofMaxSize(50);
    }
}
