package dev.portside.adapters.sql.records;

import dev.portside.adapters.sql.support.Guard;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.jdbi.v3.core.Jdbi;

/**
 * Versioned DDL for the ClickHouse hot store: numbered statements applied once, in order, recorded in
 * {@code records_ddl_history}. The table is a MergeTree ordered by (tenant, model_version, ts, id) for the
 * model/time and daily-count queries, with bloom-filter skip indexes on id and metadata.
 */
public final class ClickHouseRecordsProvisioner implements Provisioner {

    static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE IF NOT EXISTS records_hot ("
                    + " tenant LowCardinality(String), id String, source_data String, mapped_data String,"
                    + " model_version LowCardinality(String), ts DateTime64(3, 'UTC'),"
                    + " meta_keys Array(String), meta_values Array(String), content_hash String,"
                    + " retain_until DateTime64(3, 'UTC'),"
                    + " INDEX records_id id TYPE bloom_filter GRANULARITY 4,"
                    + " INDEX records_meta_keys meta_keys TYPE bloom_filter GRANULARITY 4,"
                    + " INDEX records_meta_values meta_values TYPE bloom_filter GRANULARITY 4"
                    + ") ENGINE = MergeTree ORDER BY (tenant, model_version, ts, id)",
            // v2: the payload sealed; a legacy row keeps source_data/mapped_data and an empty ciphertext until sealed
            "ALTER TABLE records_hot ADD COLUMN IF NOT EXISTS format_version UInt8 DEFAULT 0,"
                    + " ADD COLUMN IF NOT EXISTS key_id String DEFAULT '',"
                    + " ADD COLUMN IF NOT EXISTS wrapped_key String DEFAULT '',"
                    + " ADD COLUMN IF NOT EXISTS record_bound UInt8 DEFAULT 0,"
                    + " ADD COLUMN IF NOT EXISTS iv String DEFAULT '',"
                    + " ADD COLUMN IF NOT EXISTS ciphertext String DEFAULT ''");

    private final Jdbi jdbi;

    public ClickHouseRecordsProvisioner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String name() {
        return "clickhouse table records_hot";
    }

    @Override
    public Either<Problem, String> provision() {
        return Guard.clickhouse(jdbi).handle("provision records_hot", h -> {
            h.execute("CREATE TABLE IF NOT EXISTS records_ddl_history (version UInt32, applied DateTime DEFAULT now())"
                    + " ENGINE = MergeTree ORDER BY version");
            Set<Integer> applied = new HashSet<>(h.createQuery("SELECT version FROM records_ddl_history")
                    .mapTo(Integer.class).list());
            int ran = 0;
            for (int v = 1; v <= MIGRATIONS.size(); v++) {
                if (!applied.contains(v)) {
                    h.execute(MIGRATIONS.get(v - 1));
                    h.execute("INSERT INTO records_ddl_history (version) VALUES (" + v + ")");
                    ran++;
                }
            }
            String summary = "records_hot at DDL version " + MIGRATIONS.size() + " (" + ran + " applied)";
            return Either.right(ran == 0 ? Provisioner.unchanged(summary) : summary);
        });
    }
}
