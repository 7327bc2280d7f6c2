package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.testing.RgwBackend;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/** Skips jqwik properties when Ceph RGW is not available (and fails them when backends are required). */
public final class RgwAvailable implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        try {
            RgwBackend.shared().endpoint();
            return SkipResult.doNotSkip();
        } catch (TestAbortedException e) {
            return SkipResult.skip(e.getMessage());
        }
    }
}
