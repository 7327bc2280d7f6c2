package dev.portside.testkit.progress;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of {@link ModelStep}s over a small key space, so steps collide often. */
public final class ModelSteps {

    private ModelSteps() {
    }

    public static Arbitrary<ModelStep> steps() {
        Arbitrary<String> id = Arbitraries.of("a", "b", "c");
        Arbitrary<String> cert = Arbitraries.of("SAA", "DVA");
        Arbitrary<ModelStep> publish = Combinators.combine(id, cert, Arbitraries.of("Compute", "Storage"),
                Arbitraries.of("VIDEO", "LAB")).as(ModelStep.Publish::new);
        Arbitrary<ModelStep> revise = Combinators.combine(id, cert, Arbitraries.of("New title", "", "Other"),
                Arbitraries.of("PATCH", "MINOR", "MAJOR")).as(ModelStep.Revise::new);
        Arbitrary<ModelStep> retire = Combinators.combine(id, cert).as(ModelStep.Retire::new);
        Arbitrary<ModelStep> restore = Combinators.combine(id, cert).as(ModelStep.Restore::new);
        Arbitrary<ModelStep.Record> record = Combinators.combine(Arbitraries.of("u1", "u2"), id,
                Arbitraries.of("SAA", "DVA").injectNull(0.3), Arbitraries.of("VIEWED", "IN_PROGRESS", "COMPLETED"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(2).injectNull(0.3),
                Arbitraries.longs().between(0, 3600)).as(ModelStep.Record::new);
        Arbitrary<ModelStep> recordAll = record.list().ofMinSize(1).ofMaxSize(5).map(ModelStep.RecordAll::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, publish), net.jqwik.api.Tuple.of(3, revise), net.jqwik.api.Tuple.of(1, retire),
                net.jqwik.api.Tuple.of(1, restore), net.jqwik.api.Tuple.of(4, record.map(r -> (ModelStep) r)),
                net.jqwik.api.Tuple.of(1, recordAll));
    }
}
