package dev.portside.adapters.s3.records;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.records.RecordArchiveSideBySide;
import java.time.Clock;

@AddLifecycleHook(value = RgwAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class S3RecordArchiveSideBySideProperties extends RecordArchiveSideBySide {

    @Override
    protected RecordArchive reference() {
        return new InMemoryRecordArchive(Clock.systemUTC(), CursorCodec.fromSecret("test"));
    }

    @Override
    protected RecordArchive subject() {
        return S3RecordArchiveTest.shared();
    }
}
