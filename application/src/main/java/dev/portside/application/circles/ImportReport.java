package dev.portside.application.circles;

import dev.portside.domain.kernel.Problem;
import java.util.List;
import java.util.Map;

/** Outcome of a bulk registration: the ids written and, by position in the command, why others were not. */
public record ImportReport(List<String> written, Map<Integer, Problem> refused) {

    public ImportReport {
        written = List.copyOf(written);
        refused = Map.copyOf(refused);
    }
}
