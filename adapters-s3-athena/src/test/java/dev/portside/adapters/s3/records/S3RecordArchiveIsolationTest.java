package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.isolation.RecordArchiveIsolationContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Archive isolation on Ceph RGW with Object Lock, on the bucket of {@link S3RecordArchiveTest}. */
@AddLifecycleHook(value = RgwAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class S3RecordArchiveIsolationTest extends RecordArchiveIsolationContract {

    @RegisterExtension
    static final RgwBackend backend = RgwBackend.shared();

    @Override
    protected RecordArchive archive() {
        return S3RecordArchiveTest.shared();
    }
}
