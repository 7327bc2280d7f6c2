package dev.portside.bootstrap.records;

import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.CoreKeys;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The configuration keys of the records context ({@code portside.records.*}); see docs/records.md. */
final class RecordsKeys {

    static final String ARCHIVE = "portside.records.archive";
    static final String HOT = "portside.records.hot";
    static final String KEYS = "portside.records.keys";
    static final String HOT_RETENTION = "portside.records.hot-retention";
    static final String WORM_RETENTION = "portside.records.worm-retention";
    static final String CLEANUP_BATCH = "portside.records.cleanup-batch";
    static final String BUCKET = "portside.records.bucket";
    static final String COLD_AFTER_DAYS = "portside.records.cold-after-days";
    static final String COLD_STORAGE_CLASS = "portside.records.cold-storage-class";
    static final String LOCAL_KEY = "portside.records.local-key";
    static final String RETIRED_LOCAL_KEYS = "portside.records.retired-local-keys";
    static final String KMS_KEY_ID = "portside.records.kms-key-id";
    static final String DATA_KEY_MAX_USES = "portside.records.data-key-max-uses";
    static final String DATA_KEY_MAX_AGE = "portside.records.data-key-max-age";
    static final String DATA_KEY_CACHE_SIZE = "portside.records.data-key-cache-size";
    static final String ACCEPT_VOLATILE_ARCHIVE = "portside.records.accept-volatile-archive";

    private RecordsKeys() {
    }

    /** The local vault's master key: base64 of 32 bytes, required outside the inmemory profile. */
    private static ConfigKey localKey() {
        return new ConfigKey(LOCAL_KEY, "", "secret: base64 of 32 bytes (optional on the inmemory profile)",
                "Base64 of the 256-bit master key of the local key vault", true,
                v -> v.isEmpty() || decoded(v).length == 32 ? Optional.empty()
                        : Optional.of("must be base64 of exactly 32 bytes (256 bits)"))
                .constrained((v, others) -> v.isEmpty() && "local".equals(others.apply(KEYS))
                        && !"inmemory".equals(others.apply(CoreKeys.PROFILE))
                        ? Optional.of("is required when " + KEYS + "=local outside the inmemory profile (base64 of 32 random bytes)")
                        : Optional.empty());
    }

    /** Master keys rotated out of the local vault: they still unwrap older data keys until `records rewrap` ran. */
    private static ConfigKey retiredLocalKeys() {
        return new ConfigKey(RETIRED_LOCAL_KEYS, "", "secret: comma-separated base64 of 32 bytes each",
                "Retired master keys of the local key vault (unwrap only; re-wrap with `portside records rewrap`)", true,
                v -> retired(v).stream().allMatch(k -> k.length == 32) ? Optional.empty()
                        : Optional.of("must be a comma-separated list of base64 of exactly 32 bytes (256 bits)"));
    }

    /** The retired keys in {@code value}: one per comma-separated base64 entry, blanks ignored. */
    static List<byte[]> retired(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).map(RecordsKeys::decoded)
                .toList();
    }

    static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    static List<ConfigKey> all() {
        return List.of(
                ConfigKey.duration(HOT_RETENTION, "90d", "How long records stay in the hot store before cleanup"),
                ConfigKey.duration(WORM_RETENTION, "2557d", "COMPLIANCE retention of archived records (7 years)"),
                ConfigKey.integer(CLEANUP_BATCH, 1000, 1, 100_000, "Rows deleted per cleanup batch"),
                ConfigKey.text(BUCKET, "portside-records", "S3 bucket of the WORM archive (Object Lock)"),
                ConfigKey.integer(COLD_AFTER_DAYS, 30, 1, 36_500, "Days before the lifecycle rule moves archived records"),
                ConfigKey.oneOf(COLD_STORAGE_CLASS, "GLACIER", "Storage class the lifecycle rule moves archived records to",
                        List.of("GLACIER", "DEEP_ARCHIVE", "GLACIER_IR", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING")),
                localKey(),
                retiredLocalKeys(),
                ConfigKey.optionalText(KMS_KEY_ID, "KMS key id, ARN or alias for data keys (and SSE-KMS on the archive)")
                        .requiredWhen(KEYS, "kms"),
                ConfigKey.acceptRisk(ACCEPT_VOLATILE_ARCHIVE,
                        "Accept an in-memory records archive behind a durable hot store (records are lost at restart)",
                        others -> "inmemory".equals(others.apply(ARCHIVE)) && !"inmemory".equals(others.apply(HOT))
                                ? Optional.of(ARCHIVE + "=inmemory behind the durable " + HOT + "=" + others.apply(HOT)
                                        + " keeps records promised for years only until the next restart")
                                : Optional.empty()),
                ConfigKey.integer(DATA_KEY_MAX_USES, 1, 1, 1_000_000,
                        "Records one data key may encrypt (1: one key per record, bound to its id)"),
                ConfigKey.duration(DATA_KEY_MAX_AGE, "5m", "Oldest a reused or cached data key may be"),
                ConfigKey.integer(DATA_KEY_CACHE_SIZE, 1000, 0, 1_000_000,
                        "Unwrapped data keys reads keep, least recently used out first (0: every read asks the key vault)"));
    }
}
