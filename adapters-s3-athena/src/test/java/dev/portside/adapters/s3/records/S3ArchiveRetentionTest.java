package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.records.ArchiveRetentionChain;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On Ceph RGW, whose Object Lock judges every answer. Few, short chains: a call to RGW took about a quarter of a
 * second on the test machine.
 */
@AddLifecycleHook(value = RgwAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
@PropertyDefaults(tries = 4)
class S3ArchiveRetentionTest extends ArchiveRetentionChain {

    @RegisterExtension
    static final RgwBackend backend = RgwBackend.shared();

    @Override
    protected RecordArchive archive() {
        return S3RecordArchiveTest.shared();
    }

    @Override
    protected int maxSteps() {
        return 10;
    }
}
