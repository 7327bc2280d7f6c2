package dev.portside.adapters.inmemory.records;

import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.HotRecordStoreContract;
import java.time.Clock;
import java.util.Base64;

class InMemoryHotRecordStoreTest extends HotRecordStoreContract {

    private static final CursorCodec CURSORS = CursorCodec.fromSecret("test");

    private final InMemoryHotRecordStore store = new InMemoryHotRecordStore(CURSORS);
    private final RecordVault vault = new RecordVault(new InMemoryRecordArchive(Clock.systemUTC(), CURSORS), store,
            new LocalKeyVault(LocalKeyVaultTest.filled(5)), RecordsPolicy.defaults(), Clock.systemUTC());

    @Override
    protected HotRecordStore store() {
        return store;
    }

    @Override
    protected RecordVault vault() {
        return vault;
    }

    /** The stored object, every field written out (the clear payload of a legacy row included). */
    @Override
    protected String rawRow(TenantId tenant, RecordId id) {
        HotRecord row = store.get(tenant, id).get().get();
        String payload = row.payload() instanceof HotRecord.Payload.Clear c ? c.sourceData() + "|" + c.mappedData()
                : row.envelope().get().keyId() + "|" + Base64.getEncoder().encodeToString(row.envelope().get().ciphertext());
        return String.join("|", row.tenant().value(), row.id().value(), row.modelVersion(), row.timestamp().toString(),
                row.metadata().toString(), row.contentHash().hex(), row.retainUntil().toString(), payload);
    }

    @Override
    protected void putLegacy(HotRecord row) {
        store.putLegacy(row);
    }
}
