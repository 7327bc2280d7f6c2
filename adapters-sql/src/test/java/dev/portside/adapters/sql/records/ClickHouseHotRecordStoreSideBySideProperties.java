package dev.portside.adapters.sql.records;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import dev.portside.adapters.inmemory.records.InMemoryHotRecordStore;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.records.HotRecordStoreSideBySide;

@AddLifecycleHook(value = ClickHouseAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ClickHouseHotRecordStoreSideBySideProperties extends HotRecordStoreSideBySide {

    @Override
    protected HotRecordStore reference() {
        return new InMemoryHotRecordStore(CursorCodec.fromSecret("test"));
    }

    @Override
    protected HotRecordStore subject() {
        return ClickHouseHotRecordStoreTest.shared();
    }
}
