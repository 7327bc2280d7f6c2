package dev.portside.adapters.s3.brands;

import java.util.List;

/**
 * One typed analytics query: SQL with {@code ?} placeholders and the literal for each, passed to
 * Athena as ExecutionParameters (never spliced into the SQL); {@code fingerprint} binds cursors to it.
 */
public record AthenaQuery(String sql, List<String> parameters, String fingerprint) {

    public AthenaQuery {
        parameters = List.copyOf(parameters);
    }
}
