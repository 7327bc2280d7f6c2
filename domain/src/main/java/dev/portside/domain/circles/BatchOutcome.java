package dev.portside.domain.circles;

import dev.portside.domain.kernel.Problem;
import java.util.List;
import java.util.Map;

/** Result of a batch write: ids written, and for every id not written, why (e.g. AlreadyExists). */
public record BatchOutcome(List<String> written, Map<String, Problem> refused) {

    public BatchOutcome {
        written = List.copyOf(written);
        refused = Map.copyOf(refused);
    }
}
