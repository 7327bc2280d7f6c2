package dev.portside.adapters.inmemory.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.brands.BrandCommands.ListBrandsBelow;
import dev.portside.application.brands.BrandCommands.ListOpenEscalations;
import dev.portside.application.brands.BrandCommands.MoveEscalation;
import dev.portside.application.brands.BrandCommands.StoreMetadata;
import dev.portside.application.brands.BrandCommands.SubmitFeedback;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.application.brands.MetadataStored;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Violation;
import dev.portside.testkit.brands.BrandArbitraries;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class BrandRegistryProperties {

    private static final BigDecimal THRESHOLD = new BigDecimal("0.5");

    record Write(long brand, BigDecimal confidence, boolean reviewFirst) {
    }

    private static BrandRegistry registry() {
        InMemoryBrandStore store = new InMemoryBrandStore(CursorCodec.fromSecret("brands-test-key"));
        return new BrandRegistry(store, store, Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC),
                IdGenerator.random(), BrandRegistrySettings.defaults());
    }

    @Property(tries = 300)
    void atMostOneEscalationIsOpenPerBrandAndEveryLowWriteLeavesOneOpen(
            @ForAll("writes") @Size(max = 25) List<Write> writes) {
        BrandRegistry registry = registry();
        Map<Long, Long> revisions = new HashMap<>();
        Map<Long, Escalation> open = new HashMap<>();
        for (Write write : writes) {
            if (write.reviewFirst() && open.containsKey(write.brand())) {
                Escalation e = open.remove(write.brand());
                registry.moveEscalation(new MoveEscalation("acme", e.id().value(), "IN_REVIEW", null,
                        e.revision().value())).get();
            }
            Either<Problem, MetadataStored> stored = registry.storeMetadata(new StoreMetadata("acme", write.brand(),
                    "Brand " + write.brand(), "brand" + write.brand() + ".*", List.of("5411"), write.confidence(),
                    revisions.get(write.brand())));
            MetadataStored result = stored.get();
            revisions.put(write.brand(), result.metadata().revision().value());
            boolean low = write.confidence().compareTo(THRESHOLD) < 0;
            boolean shouldOpen = low && !open.containsKey(write.brand());
            assertThat(result.escalationOpened().isDefined()).isEqualTo(shouldOpen);
            result.escalationOpened().forEach(e -> open.put(write.brand(), e));
            if (low) {
                assertThat(open).containsKey(write.brand());
            }
            List<Escalation> listed = registry.openEscalations(new ListOpenEscalations("acme", 1000, null)).get()
                    .items();
            assertThat(listed).extracting(e -> e.brandId().value()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(open.keySet());
        }
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        return Combinators.combine(Arbitraries.longs().between(1, 4), BrandArbitraries.confidences(),
                Arbitraries.of(true, false)).as(Write::new).list();
    }

    @Property(tries = 60)
    void invalidMetadataIsRefusedWithEveryViolationAndNeverThrows(
            @ForAll("hostilePatterns") String regex, @ForAll("badMcc") String mcc,
            @ForAll("badConfidence") BigDecimal confidence) {
        Either<Problem, MetadataStored> result = registry().storeMetadata(new StoreMetadata("acme", 0, " ", regex,
                List.of("5411", mcc), confidence, 0L));
        assertThat(result.getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(((Problem.Invalid) result.getLeft()).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("brandId", "brandName", "regex", "mccIds[1]", "confidence", "revision");
    }

    @Provide
    Arbitrary<String> hostilePatterns() {
        return Arbitraries.oneOf(BrandArbitraries.redosPatterns(), BrandArbitraries.brokenPatterns(),
                Arbitraries.just("a".repeat(501)));
    }

    @Provide
    Arbitrary<String> badMcc() {
        return BrandArbitraries.badMccCodes();
    }

    @Provide
    Arbitrary<BigDecimal> badConfidence() {
        return BrandArbitraries.badConfidences();
    }

    @Property(tries = 50)
    void injectionStringsAreRefusedAsInvalidInputNeverRunAsQueries(@ForAll("injections") String hostile) {
        BrandRegistry registry = registry();
        assertThat(registry.brandsBelow(new ListBrandsBelow(hostile, BigDecimal.ONE, 10, new Cursor(hostile)))
                .getLeft())
                .isInstanceOf(Problem.Invalid.class);
        assertThat(registry.submitFeedback(new SubmitFeedback("acme", 1, "fine", hostile)).getLeft())
                .isInstanceOf(Problem.Invalid.class);
    }

    @Provide
    Arbitrary<String> injections() {
        return Arbitraries.of(BrandArbitraries.injectionStrings());
    }
}
