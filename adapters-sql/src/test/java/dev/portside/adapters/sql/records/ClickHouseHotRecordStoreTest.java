package dev.portside.adapters.sql.records;

import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.adapters.inmemory.records.LocalKeyVault;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.ClickHouseBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.records.HotRecordStoreContract;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hot store contract on the ClickHouse engine (the chDB front in scripts/, or PORTSIDE_TEST_CLICKHOUSE_URL). */
@AddLifecycleHook(value = ClickHouseAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ClickHouseHotRecordStoreTest extends HotRecordStoreContract {

    @RegisterExtension
    static final ClickHouseBackend backend = ClickHouseBackend.shared();

    private static final CursorCodec CURSORS = CursorCodec.fromSecret("test");

    private static Jdbi jdbi;
    private static HotRecordStore store;
    private static RecordVault vault;

    static synchronized HotRecordStore shared() {
        if (store == null) {
            jdbi = backend.jdbi();
            assertThat(new ClickHouseRecordsProvisioner(jdbi).provision().isRight()).isTrue();
            store = new ClickHouseHotRecordStore(jdbi, CURSORS);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            vault = new RecordVault(new InMemoryRecordArchive(Clock.systemUTC(), CURSORS), store, new LocalKeyVault(key),
                    RecordsPolicy.defaults(), Clock.systemUTC());
        }
        return store;
    }

    @Override
    protected HotRecordStore store() {
        return shared();
    }

    @Override
    protected RecordVault vault() {
        shared();
        return vault;
    }

    /** Every column of the row as ClickHouse keeps it, joined by '|'. */
    @Override
    protected String rawRow(TenantId tenant, RecordId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT concat(tenant, '|', id, '|', source_data, '|', mapped_data, '|', "
                        + "model_version, '|', toString(ts), '|', arrayStringConcat(meta_keys, ','), '|', "
                        + "arrayStringConcat(meta_values, ','), '|', content_hash, '|', toString(retain_until), '|', "
                        + "toString(format_version), '|', key_id, '|', wrapped_key, '|', toString(record_bound), '|', iv, '|', "
                        + "ciphertext) FROM records_hot WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).mapTo(String.class).one());
    }

    /** As the v1 DDL wrote a row: the payload in the clear columns, the envelope columns at their defaults. */
    @Override
    protected void putLegacy(HotRecord row) {
        HotRecord.Payload.Clear clear = (HotRecord.Payload.Clear) row.payload();
        List<String> keys = row.metadata().keySet().stream().sorted().toList();
        jdbi.useHandle(h -> {
            try (var insert = h.getConnection().prepareStatement("INSERT INTO records_hot (tenant, id, source_data, "
                    + "mapped_data, model_version, ts, meta_keys, meta_values, content_hash, retain_until) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, row.tenant().value());
                insert.setString(2, row.id().value());
                insert.setString(3, clear.sourceData());
                insert.setString(4, clear.mappedData());
                insert.setString(5, row.modelVersion());
                insert.setObject(6, row.timestamp());
                insert.setObject(7, keys.toArray(new String[0]));
                insert.setObject(8, keys.stream().map(row.metadata()::get).toArray(String[]::new));
                insert.setString(9, row.contentHash().hex());
                insert.setObject(10, row.retainUntil());
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theVersionedDdlIsAppliedOnlyOnce() {
        shared();
        assertThat(new ClickHouseRecordsProvisioner(jdbi).provision().get()).contains("(0 applied)");
    }
}
