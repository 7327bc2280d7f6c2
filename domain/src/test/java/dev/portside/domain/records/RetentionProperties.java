package dev.portside.domain.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The WORM rules of {@link Retention} as properties: retain-until only ever moves later, a legal hold blocks
 * deletion at every instant, and deletion is allowed exactly from retain-until on while no hold is placed. An
 * action chain of extensions (to earlier and later instants), holds, releases and deletion attempts at random
 * instants checks each answer against a model of retain-until and hold.
 */
class RetentionProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final long TEN_DAYS = Duration.ofDays(10).toMillis();

    /** Offsets around an instant, the boundary (0, ±1 ms) weighed in. */
    private static Arbitrary<Duration> offsets() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.of(-1L, 1L)),
                Tuple.of(6, Arbitraries.longs().between(-TEN_DAYS, TEN_DAYS)))
                .map(Duration::ofMillis);
    }

    @Provide
    Arbitrary<Retention> retentions() {
        return Arbitraries.longs().between(-TEN_DAYS, TEN_DAYS).flatMap(ms -> Arbitraries.of(true, false)
                .map(hold -> new Retention(T0.plusMillis(ms), hold)));
    }

    @Provide
    Arbitrary<Duration> aroundRetainUntil() {
        return offsets();
    }

    @Property
    void deletion_is_allowed_exactly_from_retain_until_on_and_never_under_a_hold(
            @ForAll("retentions") Retention retention, @ForAll("aroundRetainUntil") Duration offset) {
        Instant at = retention.retainUntil().plus(offset);
        assertThat(retention.allowsDeletionAt(at)).isEqualTo(!retention.legalHold() && !offset.isNegative());
    }

    @Property
    void once_deletion_is_allowed_it_stays_allowed_later(@ForAll("retentions") Retention retention,
                                                         @ForAll("aroundRetainUntil") Duration offset,
                                                         @ForAll("aroundRetainUntil") Duration later) {
        Instant at = retention.retainUntil().plus(offset);
        if (retention.allowsDeletionAt(at)) {
            assertThat(retention.allowsDeletionAt(at.plus(later.abs()))).isTrue();
        }
    }

    @Property
    void an_extension_never_shortens_and_is_allowed_exactly_to_a_later_or_equal_instant(
            @ForAll("retentions") Retention retention, @ForAll("aroundRetainUntil") Duration offset) {
        Instant until = retention.retainUntil().plus(offset);
        Retention extended = retention.extendedTo(until);
        assertThat(retention.canExtendTo(until)).isEqualTo(!offset.isNegative());
        assertThat(extended.retainUntil()).isEqualTo(offset.isNegative() ? retention.retainUntil() : until);
        assertThat(extended.legalHold()).isEqualTo(retention.legalHold());
    }

    @Property
    void a_hold_changes_nothing_but_the_hold(@ForAll("retentions") Retention retention, @ForAll boolean hold) {
        Retention changed = retention.withLegalHold(hold);
        assertThat(changed).isEqualTo(new Retention(retention.retainUntil(), hold));
        assertThat(changed.withLegalHold(retention.legalHold())).isEqualTo(retention);
    }

    /** The retention under test and the model of it: the latest retain-until granted and whether a hold is on. */
    static final class Vault {

        private Retention retention = new Retention(T0, false);
        private Instant retainUntil = T0;
        private boolean hold;

        void extend(Duration offset) {
            Instant until = retainUntil.plus(offset);
            boolean allowed = !until.isBefore(retainUntil);
            assertThat(retention.canExtendTo(until)).as("may extend to %s", until).isEqualTo(allowed);
            retention = retention.extendedTo(until);
            if (allowed) {
                retainUntil = until;
            }
        }

        void hold(boolean on) {
            retention = retention.withLegalHold(on);
            hold = on;
        }

        void attemptDeletion(Duration offset) {
            Instant at = retainUntil.plus(offset);
            assertThat(retention.allowsDeletionAt(at)).as("deletion at %s", at)
                    .isEqualTo(!hold && !at.isBefore(retainUntil));
        }

        void holds() {
            assertThat(retention.retainUntil()).isEqualTo(retainUntil);
            assertThat(retention.legalHold()).isEqualTo(hold);
            assertThat(retention.allowsDeletionAt(retainUntil.minusMillis(1))).isFalse();
            assertThat(retention.allowsDeletionAt(retainUntil)).isEqualTo(!hold);
            assertThat(retention.allowsDeletionAt(Instant.MAX)).isEqualTo(!hold);
        }
    }

    @Provide
    Arbitrary<ActionChain<Vault>> histories() {
        return ActionChain.startWith(Vault::new)
                .withAction(3, (Action.Independent<Vault>) () -> offsets().map(d -> Transformer.mutate(
                        "extend by " + d, v -> v.extend(d))))
                .withAction(1, Action.just("place hold", Transformer.mutate("place hold", v -> v.hold(true))))
                .withAction(1, Action.just("release hold", Transformer.mutate("release hold", v -> v.hold(false))))
                .withAction(3, (Action.Independent<Vault>) () -> offsets().map(d -> Transformer.mutate(
                        "attempt deletion at retain-until + " + d, v -> v.attemptDeletion(d))))
                .withMaxTransformations(40);
    }

    @Property(tries = 200)
    void retain_until_only_grows_and_deletion_follows_the_model(@ForAll("histories") ActionChain<Vault> chain) {
        Instant[] latest = {T0};
        chain.withInvariant("retain-until never shortens", v -> {
            assertThat(v.retention.retainUntil()).isAfterOrEqualTo(latest[0]);
            latest[0] = v.retention.retainUntil();
        }).withInvariant("as modelled", Vault::holds).run();
    }
}
