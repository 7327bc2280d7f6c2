package dev.portside.bootstrap.records;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import com.google.inject.name.Named;
import dev.portside.adapters.inmemory.records.InMemoryHotRecordStore;
import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.adapters.inmemory.records.LocalKeyVault;
import dev.portside.adapters.s3.records.KmsKeyVault;
import dev.portside.adapters.s3.records.S3ArchiveSettings;
import dev.portside.adapters.s3.records.S3RecordArchive;
import dev.portside.adapters.s3.records.S3RecordsProvisioner;
import dev.portside.adapters.sql.records.ClickHouseHotRecordStore;
import dev.portside.adapters.sql.records.ClickHouseRecordsProvisioner;
import dev.portside.adapters.sql.records.PostgresHotRecordStore;
import dev.portside.adapters.sql.records.PostgresRecordArchive;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.bootstrap.spi.AdapterFactory;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.RecordId;
import java.time.Instant;
import dev.portside.domain.kernel.Provisioner;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordArchive;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The adapter modules of the three records slots: archive, hot store and key vault. */
final class RecordsAdapters {

    private RecordsAdapters() {
    }

    static Map<String, AdapterFactory> archives() {
        return Map.of("inmemory", config -> new AbstractModule() {
            @Provides
            @Singleton
            RecordArchive archive(Clock clock, CursorCodec cursors) {
                return new InMemoryRecordArchive(clock, cursors);
            }
        }, "s3", config -> new AbstractModule() {
            @Provides
            @Singleton
            S3ArchiveSettings settings() {
                return new S3ArchiveSettings(config.get(RecordsKeys.BUCKET), config.optional(RecordsKeys.KMS_KEY_ID),
                        config.getInt(RecordsKeys.COLD_AFTER_DAYS), config.get(RecordsKeys.COLD_STORAGE_CLASS));
            }

            @Provides
            @Singleton
            RecordArchive archive(S3Client s3, S3ArchiveSettings settings, CursorCodec cursors) {
                return new S3RecordArchive(s3, settings, cursors);
            }

            @ProvidesIntoSet
            Provisioner bucket(S3Client s3, S3ArchiveSettings settings) {
                return new S3RecordsProvisioner(s3, settings);
            }

            @ProvidesIntoSet
            HealthCheck probe(RecordArchive archive) {
                return archiveProbe("s3", archive);
            }
        }, "postgres", config -> new AbstractModule() {
            @Provides
            @Singleton
            RecordArchive archive(@Named("postgres") Jdbi jdbi, CursorCodec cursors) {
                return new PostgresRecordArchive(jdbi, cursors);
            }

            @ProvidesIntoSet
            Provisioner schema(@Named("postgres") Jdbi jdbi) {
                return new FlywayProvisioner(jdbi, "records_archive");
            }

            @ProvidesIntoSet
            HealthCheck probe(RecordArchive archive) {
                return archiveProbe("postgres", archive);
            }
        });
    }

    /** A durable archive's health: it answers a read of an id that never exists. */
    private static HealthCheck archiveProbe(String backend, RecordArchive archive) {
        return new PortProbe("records: " + backend + " archive",
                () -> archive.get(TenantId.DEFAULT, new RecordId("health-probe")));
    }

    static Map<String, AdapterFactory> hotStores() {
        return Map.of("inmemory", config -> new AbstractModule() {
            @Provides
            @Singleton
            HotRecordStore hot(CursorCodec cursors) {
                return new InMemoryHotRecordStore(cursors);
            }
        }, "postgres", config -> new AbstractModule() {
            @Provides
            @Singleton
            HotRecordStore hot(@Named("postgres") Jdbi jdbi, CursorCodec cursors) {
                return new PostgresHotRecordStore(jdbi, cursors);
            }

            @ProvidesIntoSet
            Provisioner schema(@Named("postgres") Jdbi jdbi) {
                return new FlywayProvisioner(jdbi, "records");
            }

            @ProvidesIntoSet
            HealthCheck probe(HotRecordStore hot) {
                return new PortProbe("records: postgres hot store", () -> hot.countOlderThan(TenantId.DEFAULT, Instant.EPOCH));
            }
        }, "clickhouse", config -> new AbstractModule() {
            @Provides
            @Singleton
            HotRecordStore hot(@Named("clickhouse") Jdbi jdbi, CursorCodec cursors) {
                return new ClickHouseHotRecordStore(jdbi, cursors);
            }

            @ProvidesIntoSet
            Provisioner table(@Named("clickhouse") Jdbi jdbi) {
                return new ClickHouseRecordsProvisioner(jdbi);
            }

            @ProvidesIntoSet
            HealthCheck probe(HotRecordStore hot) {
                return new PortProbe("records: clickhouse hot store", () -> hot.countOlderThan(TenantId.DEFAULT, Instant.EPOCH));
            }
        });
    }

    static Map<String, AdapterFactory> keyVaults() {
        return Map.of("local", config -> new AbstractModule() {
            @Provides
            @Singleton
            KeyVault keys() {
                return new LocalKeyVault(localKey(config),
                        RecordsKeys.retired(config.optional(RecordsKeys.RETIRED_LOCAL_KEYS).orElse("")));
            }
        }, "kms", config -> new AbstractModule() {
            @Provides
            @Singleton
            KeyVault keys(KmsClient kms) {
                return new KmsKeyVault(kms, config.get(RecordsKeys.KMS_KEY_ID));
            }

            @ProvidesIntoSet
            HealthCheck probe(KeyVault keys) {
                return new PortProbe("records: kms key " + keys.currentKeyId(),
                        () -> keys.generate(EncryptionContext.tenantWide(TenantId.DEFAULT)));
            }
        });
    }

    /**
     * The configured 256-bit key (checked when the configuration was resolved); on the inmemory profile only,
     * a generated throw-away key when none is set.
     */
    static byte[] localKey(PortsideConfig config) {
        Optional<String> configured = config.optional(RecordsKeys.LOCAL_KEY);
        if (configured.isPresent()) {
            return RecordsKeys.decoded(configured.get());
        }
        LoggerFactory.getLogger(RecordsAdapters.class).warn("DEVELOPMENT KEY: {} is not set, so records are encrypted "
                + "with a random key generated for this process only; they cannot be decrypted after a restart. "
                + "Never use this outside the inmemory profile.", RecordsKeys.LOCAL_KEY);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
