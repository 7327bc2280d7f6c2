package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.testkit.backends.SharedBackend;
import dev.portside.testkit.backends.SkipWithoutBackend;

/** Skips jqwik properties when Ceph RGW is not available (fails them when backends are required). */
public final class RgwAvailable extends SkipWithoutBackend {

    @Override
    protected SharedBackend backend() {
        return RgwBackend.shared();
    }
}
