package dev.portside.adapters.sql.records;

import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.adapters.inmemory.records.LocalKeyVault;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.testkit.records.HotRecordStoreContract;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@AddLifecycleHook(value = PostgresAvailable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresHotRecordStoreTest extends HotRecordStoreContract {

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    private static final CursorCodec CURSORS = CursorCodec.fromSecret("test");

    private static Jdbi jdbi;
    private static HotRecordStore store;
    private static RecordVault vault;

    static synchronized HotRecordStore shared() {
        if (store == null) {
            jdbi = PostgresBackend.jdbi(backend.newDatabase());
            assertThat(new FlywayProvisioner(jdbi, "records").provision().isRight()).isTrue();
            store = new PostgresHotRecordStore(jdbi, CURSORS);
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

    /** The row as PostgreSQL keeps it, as JSON (bytea as hex). */
    @Override
    protected String rawRow(TenantId tenant, RecordId id) {
        return jdbi.withHandle(h -> h.createQuery("select row_to_json(r)::text from records_hot r "
                        + "where tenant = :tenant and id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).mapTo(String.class).one());
    }

    /** As the V1 schema wrote a row: the payload in the clear columns, no envelope. */
    @Override
    protected void putLegacy(HotRecord row) {
        HotRecord.Payload.Clear clear = (HotRecord.Payload.Clear) row.payload();
        List<String> keys = row.metadata().keySet().stream().sorted().toList();
        jdbi.useHandle(h -> h.createUpdate("insert into records_hot (tenant, id, source_data, mapped_data, model_version, ts, "
                        + "metadata, content_hash, retain_until) values (:tenant, :id, :source, :mapped, :model, :ts, "
                        + "jsonb_object(cast(:mkeys as text[]), cast(:mvalues as text[])), :hash, :until)")
                .bind("tenant", row.tenant().value()).bind("id", row.id().value()).bind("source", clear.sourceData())
                .bind("mapped", clear.mappedData()).bind("model", row.modelVersion())
                .bind("ts", row.timestamp().atOffset(ZoneOffset.UTC)).bindArray("mkeys", String.class, keys)
                .bindArray("mvalues", String.class, keys.stream().map(row.metadata()::get).toList())
                .bind("hash", row.contentHash().hex()).bind("until", row.retainUntil().atOffset(ZoneOffset.UTC)).execute());
    }

    @Test
    void provisioningTwiceChangesNothing() {
        shared();
        assertThat(new FlywayProvisioner(jdbi, "records").provision().get()).contains("0 migrations applied");
    }
}
