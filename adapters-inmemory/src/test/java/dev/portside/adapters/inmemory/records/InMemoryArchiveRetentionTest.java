package dev.portside.adapters.inmemory.records;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.RecordArchive;
import dev.portside.testkit.records.ArchiveRetentionChain;
import java.time.Clock;

class InMemoryArchiveRetentionTest extends ArchiveRetentionChain {

    private final RecordArchive archive = new InMemoryRecordArchive(Clock.systemUTC(), CursorCodec.fromSecret("test"));

    @Override
    protected RecordArchive archive() {
        return archive;
    }
}
