package dev.portside.benchmarks.records;

import dev.portside.adapters.s3.records.KmsKeyVault;
import dev.portside.adapters.s3.records.S3ArchiveSettings;
import dev.portside.adapters.s3.records.S3RecordArchive;
import dev.portside.adapters.s3.testing.KmsTestEndpoint;
import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.adapters.sql.records.PostgresHotRecordStore;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.benchmarks.support.Paired;
import dev.portside.benchmarks.support.RequestCounter;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.records.Record;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * What KMS costs a records vault, end to end on real servers: records encrypted under data keys from KMS (the
 * KMS test endpoint), archived on Ceph RGW with Object Lock, and kept hot in PostgreSQL.
 *
 * <p>First the KMS calls per 1,000 records written and then read back, for one data key per record and for a
 * data key reused by up to 100 records, counted at the client. Then the throughput of {@link RecordVault#write}
 * against the sum of the raw calls a hand-written vault needs for the same record (GenerateDataKey,
 * AES-256-GCM, one Object Lock PutObject, one INSERT), run as a {@link Paired} measurement: batches of each
 * path in turn, the order rotated each round, the median per-round ratio with its 95 % interval.
 *
 * <pre>{@code
 * scripts/backends.sh start && eval "$(scripts/backends.sh env)"
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.records.VaultKmsRun [rounds] [batch]
 * }</pre>
 */
public final class VaultKmsRun {

    private static final String INSERT = "insert into records_hot (tenant, id, model_version, ts, metadata, content_hash,"
            + " retain_until, format_version, key_id, wrapped_key, record_bound, iv, ciphertext) values (?, ?, ?, ?,"
            + " jsonb_object(?::text[], ?::text[]), ?, ?, 1, ?, ?, true, ?, ?) on conflict (tenant, id) do nothing";

    private final RequestCounter kmsCalls = new RequestCounter();
    private final RequestCounter s3Calls = new RequestCounter();
    private final KmsClient kms;
    private final S3Client s3;
    private final String keyArn;
    private final String bucket;
    private final DataSource database;
    private final AtomicLong sequence = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    private VaultKmsRun(KmsTestEndpoint endpoint) throws Exception {
        kms = KmsClient.builder().endpointOverride(endpoint.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(kmsCalls)).build();
        keyArn = kms.createKey(b -> b.description("records benchmark")).keyMetadata().arn();
        RgwBackend rgw = RgwBackend.shared();
        s3 = rgw.newClient(s3Calls);
        bucket = rgw.newLockedBucket();
        database = PostgresBackend.shared().newDatabase();
        new FlywayProvisioner(PostgresBackend.jdbi(database), "records").provision().get();
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (KmsTestEndpoint endpoint = KmsTestEndpoint.start()) {
            VaultKmsRun run = new VaultKmsRun(endpoint);
            run.callsPerThousand(1);
            run.callsPerThousand(100);
            run.throughput(rounds, batch);
        }
        System.exit(0);
    }

    private RecordVault vault(int maxUses) {
        S3RecordArchive archive = new S3RecordArchive(s3, new S3ArchiveSettings(bucket, Optional.empty(), 30, "STANDARD_IA"),
                CursorCodec.fromSecret("bench"));
        PostgresHotRecordStore hot = new PostgresHotRecordStore(PostgresBackend.jdbi(database), CursorCodec.fromSecret("bench"));
        return new RecordVault(archive, hot, new KmsKeyVault(kms, keyArn),
                RecordsPolicy.defaults().withDataKeyReuse(maxUses, Duration.ofMinutes(5)), Clock.systemUTC());
    }

    /** Writes 1,000 records, reads each back twice (the second time from a fresh vault) and prints the calls by operation. */
    private void callsPerThousand(int maxUses) {
        RecordVault vault = vault(maxUses);
        String tenant = "kms-" + maxUses + "-" + sequence.incrementAndGet();
        kmsCalls.reset();
        s3Calls.reset();
        for (int i = 0; i < 1000; i++) {
            vault.write(command(tenant, "r-" + i)).get();
        }
        Map<String, Long> written = kmsCalls.snapshot();
        Map<String, Long> s3Written = s3Calls.snapshot();
        kmsCalls.reset();
        RecordVault reader = vault(maxUses);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 1000; i++) {
                reader.read(new ReadRecord(tenant, "r-" + i, false)).get();
            }
        }
        System.out.printf(Locale.ROOT, "data-key-max-uses=%d: KMS calls for 1,000 writes %s (S3 %s); for 2 x 1,000 reads %s%n",
                maxUses, written, s3Written, kmsCalls.snapshot());
    }

    private void throughput(int rounds, int batch) {
        RecordVault vault = vault(1);
        String tenant = "paired-" + sequence.incrementAndGet();
        Paired.Result result = Paired.rounds(rounds).warmup(3).batch(batch)
                .add("raw calls", () -> raw(tenant, "raw-" + sequence.incrementAndGet()))
                .add("RecordVault.write", () -> vault.write(command(tenant, "v-" + sequence.incrementAndGet())).get())
                .run();
        result.print(System.out);
        System.out.printf(Locale.ROOT, "records/s: RecordVault %.0f, raw calls %.0f%n",
                1e9 / result.median("RecordVault.write"), 1e9 / result.median("raw calls"));
    }

    private static WriteRecord command(String tenant, String id) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusMillis(Math.abs(id.hashCode() % 86_400_000));
        return new WriteRecord(tenant, id, "detector output " + id + " " + "x".repeat(150),
                "{\"taxonomy\":\"PII.Email\",\"score\":0.5}", "model-1", at,
                Map.of("detector", "d1", "region", "eu", "batch", "1"));
    }

    /** One record by hand: a data key from KMS, AES-256-GCM, one locked PutObject, one INSERT. */
    private Object raw(String tenant, String id) throws Exception {
        WriteRecord command = command(tenant, id);
        Map<String, String> context = new TreeMap<>(Map.of("tenant", tenant, "record", id));
        GenerateDataKeyResponse key = kms.generateDataKey(b -> b.keyId(keyArn).keySpec(DataKeySpec.AES_256)
                .encryptionContext(context));
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.plaintext().asByteArray(), "AES"), new GCMParameterSpec(128, iv));
        aes.updateAAD((tenant + "|" + id).getBytes(StandardCharsets.UTF_8));
        byte[] ciphertext = aes.doFinal((command.sourceData() + "\n" + command.mappedData()).getBytes(StandardCharsets.UTF_8));
        Instant until = Instant.now().plus(Duration.ofDays(2557));
        String md5 = md5(ciphertext);
        s3.putObject(b -> b.bucket(bucket).key("raw/" + tenant + "/" + id).objectLockMode(ObjectLockMode.COMPLIANCE)
                .objectLockRetainUntilDate(until).contentMD5(md5), RequestBody.fromBytes(ciphertext));
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, tenant);
            insert.setString(2, id);
            insert.setString(3, command.modelVersion());
            insert.setTimestamp(4, Timestamp.from(command.timestamp()));
            insert.setArray(5, connection.createArrayOf("text", command.metadata().keySet().toArray()));
            insert.setArray(6, connection.createArrayOf("text", command.metadata().values().toArray()));
            insert.setString(7, Record.of(tenant, id, command.sourceData(), command.mappedData(), command.modelVersion(),
                    command.timestamp(), command.metadata(), until).get().contentHash().hex());
            insert.setTimestamp(8, Timestamp.from(until));
            insert.setString(9, key.keyId());
            insert.setBytes(10, key.ciphertextBlob().asByteArray());
            insert.setBytes(11, iv);
            insert.setBytes(12, ciphertext);
            return insert.executeUpdate();
        }
    }

    private static String md5(byte[] body) throws Exception {
        return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("MD5").digest(body));
    }
}
