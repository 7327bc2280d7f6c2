package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.testing.PostgresBackend;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/** Skips jqwik properties when PostgreSQL is not available (and fails them when backends are required). */
public final class PostgresAvailable implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        try {
            PostgresBackend.shared().jdbcUrl("postgres");
            return SkipResult.doNotSkip();
        } catch (TestAbortedException e) {
            return SkipResult.skip(e.getMessage());
        }
    }
}
