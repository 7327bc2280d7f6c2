package dev.portside.application.records;

import java.time.Duration;

/**
 * The tunable rules of the vault: how long rows stay hot, how long the archive locks a record,
 * the cleanup batch size, how far a data key may be reused (uses and age; 1 use = one key per record) and
 * how many unwrapped data keys reads keep (0: none; each kept at most the same age).
 */
public record RecordsPolicy(Duration hotRetention, Duration wormRetention, int cleanupBatchSize,
                            int dataKeyMaxUses, Duration dataKeyMaxAge, int dataKeyCacheSize) {

    public static final int DEFAULT_DATA_KEY_CACHE_SIZE = 1000;

    public static final Duration DEFAULT_HOT_RETENTION = Duration.ofDays(90);
    public static final Duration DEFAULT_WORM_RETENTION = Duration.ofDays(7 * 365 + 2);

    public RecordsPolicy {
        if (hotRetention.isNegative() || hotRetention.isZero() || wormRetention.isNegative() || wormRetention.isZero()) {
            throw new IllegalArgumentException("retention periods must be positive");
        }
        if (cleanupBatchSize < 1 || dataKeyMaxUses < 1 || dataKeyMaxAge.isNegative()) {
            throw new IllegalArgumentException("batch size and data-key uses must be >= 1");
        }
        if (dataKeyCacheSize < 0) {
            throw new IllegalArgumentException("the data-key cache size must be >= 0");
        }
    }

    public static RecordsPolicy defaults() {
        return new RecordsPolicy(DEFAULT_HOT_RETENTION, DEFAULT_WORM_RETENTION, 1000, 1, Duration.ofMinutes(5),
                DEFAULT_DATA_KEY_CACHE_SIZE);
    }

    public RecordsPolicy withDataKeyReuse(int maxUses, Duration maxAge) {
        return new RecordsPolicy(hotRetention, wormRetention, cleanupBatchSize, maxUses, maxAge, dataKeyCacheSize);
    }

    public RecordsPolicy withDataKeyCache(int size) {
        return new RecordsPolicy(hotRetention, wormRetention, cleanupBatchSize, dataKeyMaxUses, dataKeyMaxAge, size);
    }

    public boolean reusesDataKeys() {
        return dataKeyMaxUses > 1;
    }
}
