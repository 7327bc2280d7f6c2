package dev.portside.application.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.KeyVault;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data keys the vault already unwrapped, kept for reads as the AWS Encryption SDK's caching materials
 * manager keeps decryption materials: an entry is found by the wrapping key, the wrapped bytes and the
 * encryption context together (so a key is never handed out for another context), lives at most
 * {@code maxAge}, and the least recently used entry goes when {@code capacity} is reached. A capacity of
 * 0 keeps nothing: every read asks the vault. A refused unwrap is never kept. An evicted key's bytes are
 * overwritten.
 */
final class UnwrappedKeys {

    private final KeyVault vault;
    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> entries;

    UnwrappedKeys(KeyVault vault, int capacity, Duration maxAge, Clock clock) {
        this.vault = vault;
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                if (size() <= UnwrappedKeys.this.capacity) {
                    return false;
                }
                Arrays.fill(eldest.getValue().key(), (byte) 0);
                return true;
            }
        };
    }

    /** The plaintext data key of {@code wrapped}: from the cache when a live entry matches, else from the vault. */
    Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context) {
        if (capacity == 0) {
            return vault.unwrap(keyId, wrapped, context);
        }
        String name = keyId + '\n' + context.canonical() + '\n' + Base64.getEncoder().encodeToString(wrapped);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(name);
            if (entry != null && !now.isAfter(entry.created().plus(maxAge))) {
                return Either.right(entry.key().clone());
            }
            if (entry != null) {
                entries.remove(name);
                Arrays.fill(entry.key(), (byte) 0);
            }
        }
        return vault.unwrap(keyId, wrapped, context).peek(key -> {
            synchronized (entries) {
                entries.put(name, new Entry(key.clone(), now));
            }
        });
    }

    /** How many entries are kept now (expired ones included until they are looked up or evicted). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private record Entry(byte[] key, Instant created) {
    }
}
