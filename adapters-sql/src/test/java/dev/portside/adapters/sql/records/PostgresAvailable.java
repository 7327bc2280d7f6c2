package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.testkit.backends.SharedBackend;
import dev.portside.testkit.backends.SkipWithoutBackend;

/** Skips jqwik properties when PostgreSQL is not available (fails them when backends are required). */
public final class PostgresAvailable extends SkipWithoutBackend {

    @Override
    protected SharedBackend backend() {
        return PostgresBackend.shared();
    }
}
