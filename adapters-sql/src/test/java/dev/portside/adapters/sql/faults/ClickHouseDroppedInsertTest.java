package dev.portside.adapters.sql.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.records.InMemoryHotRecordStore;
import dev.portside.adapters.sql.records.ClickHouseHotRecordStore;
import dev.portside.adapters.sql.records.ClickHouseRecordsProvisioner;
import dev.portside.adapters.sql.testing.ClickHouseBackend;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.RecordSamples;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ClickHouse hot store behind a proxy that drops the connection of a batch insert, before the server gets it or
 * after it ran: the put is rerun, inserts only the ids still missing, and leaves exactly one row per record.
 */
class ClickHouseDroppedInsertTest {

    @RegisterExtension
    static final ClickHouseBackend BACKEND = ClickHouseBackend.shared();

    @Test
    void a_batch_insert_whose_connection_drops_is_rerun_without_duplicate_rows() throws Exception {
        FaultSeed seed = FaultSeed.pick("ClickHouseDroppedInsertTest");
        String url = BACKEND.jdbcUrl();
        URI target = URI.create(url.substring("jdbc:".length()));
        Jdbi direct = BACKEND.jdbi();
        new ClickHouseRecordsProvisioner(direct).provision().get();
        try (DroppingProxy proxy = new DroppingProxy(target.getHost(), target.getPort(), "INSERT")) {
            String proxied = url.replace(":" + target.getPort() + "/", ":" + proxy.port() + "/");
            HotRecordStore subject = new ClickHouseHotRecordStore(Jdbi.create(proxied, "default", ""), Stores.CODEC);
            HotRecordStore model = new InMemoryHotRecordStore(Stores.CODEC);
            TenantId tenant = RecordSamples.freshTenant();
            seed.replayable(() -> {
                List<HotRecord> all = new ArrayList<>();
                for (int batch = 0; batch < 4; batch++) {
                    DroppingProxy.Drop drop = DroppingProxy.Drop.values()[seed.random.nextInt(2)];
                    seed.injected("batch " + batch + ": connection dropped " + drop);
                    proxy.arm(drop);
                    List<HotRecord> records = new ArrayList<>();
                    for (int i = 0; i < 5 + seed.random.nextInt(20); i++) {
                        records.add(RecordSamples.hot(RecordSamples.record(tenant, "r" + batch + "-" + i)));
                    }
                    if (batch > 0) {
                        records.add(all.get(seed.random.nextInt(all.size())));
                    }
                    assertThat(subject.putAll(tenant, records)).as("batch " + batch)
                            .isEqualTo(model.putAll(tenant, records));
                    all.addAll(records);
                }
                assertThat(proxy.dropped()).as("connections dropped").isEqualTo(4);
                Map<String, Long> rows = direct.withHandle(h -> h.createQuery(
                                "SELECT id, count() AS n FROM records_hot WHERE tenant = :tenant GROUP BY id")
                        .bind("tenant", tenant.value())
                        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getLong("n"))).list().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
                assertThat(rows.values()).as("rows per id").containsOnly(1L);
                for (HotRecord record : all) {
                    RecordId id = record.id();
                    assertThat(subject.get(tenant, id)).isEqualTo(model.get(tenant, id));
                }
                assertThat(rows).hasSize((int) all.stream().map(HotRecord::id).distinct().count());
            });
        }
    }
}
