package dev.portside.adapters.inmemory.records;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.isolation.RecordArchiveIsolationContract;
import java.time.Clock;

class InMemoryRecordArchiveIsolationTest extends RecordArchiveIsolationContract {

    private final RecordArchive archive = new InMemoryRecordArchive(Clock.systemUTC(), CursorCodec.fromSecret("test"));

    @Override
    protected RecordArchive archive() {
        return archive;
    }
}
