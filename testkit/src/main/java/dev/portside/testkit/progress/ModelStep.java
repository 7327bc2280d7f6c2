package dev.portside.testkit.progress;

import java.math.BigDecimal;
import java.util.List;

/** One generated operation of the side-by-side model test. */
public sealed interface ModelStep {

    record Publish(String id, String cert, String category, String type) implements ModelStep {
    }

    record Revise(String id, String cert, String title, String bump) implements ModelStep {
    }

    record Retire(String id, String cert) implements ModelStep {
    }

    record Restore(String id, String cert) implements ModelStep {
    }

    /** {@code cert} may be null (detected from the content). */
    record Record(String user, String id, String cert, String state, BigDecimal score, long seconds) implements ModelStep {
    }

    record RecordAll(List<Record> events) implements ModelStep {
    }
}
