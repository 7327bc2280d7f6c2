package dev.portside.adapters.sql.records;

import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.records.RecordArchiveSideBySide;
import java.time.Clock;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresRecordArchiveSideBySideProperties extends RecordArchiveSideBySide {

    @Override
    protected RecordArchive reference() {
        return new InMemoryRecordArchive(Clock.systemUTC(), CursorCodec.fromSecret("test"));
    }

    @Override
    protected RecordArchive subject() {
        return PostgresRecordArchiveTest.shared();
    }
}
