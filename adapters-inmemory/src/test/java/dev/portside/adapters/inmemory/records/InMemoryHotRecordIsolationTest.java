package dev.portside.adapters.inmemory.records;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.isolation.HotRecordIsolationContract;

class InMemoryHotRecordIsolationTest extends HotRecordIsolationContract {

    private final HotRecordStore store = new InMemoryHotRecordStore(CursorCodec.fromSecret("test"));

    @Override
    protected HotRecordStore store() {
        return store;
    }
}
