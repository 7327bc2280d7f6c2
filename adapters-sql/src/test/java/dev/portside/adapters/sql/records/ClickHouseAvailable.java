package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.ClickHouseBackend;
import dev.portside.testkit.backends.SharedBackend;
import dev.portside.testkit.backends.SkipWithoutBackend;

/** Skips jqwik properties when ClickHouse is not available (fails them when backends are required). */
public final class ClickHouseAvailable extends SkipWithoutBackend {

    @Override
    protected SharedBackend backend() {
        return ClickHouseBackend.shared();
    }
}
