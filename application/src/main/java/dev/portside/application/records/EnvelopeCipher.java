package dev.portside.application.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption: AES-256-GCM under a data key from the {@link KeyVault}, a fresh 96-bit IV per
 * payload, and the tenant, record id and format version as authenticated data. With reuse allowed by
 * the policy, a tenant-wide data key serves up to N payloads or until it is too old.
 */
public final class EnvelopeCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String STEP = "envelope";

    private final KeyVault vault;
    private final RecordsPolicy policy;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<TenantId, CachedKey> cache = new ConcurrentHashMap<>();
    private final UnwrappedKeys unwrapped;

    public EnvelopeCipher(KeyVault vault, RecordsPolicy policy, Clock clock) {
        this.vault = vault;
        this.policy = policy;
        this.clock = clock;
        this.unwrapped = new UnwrappedKeys(vault, policy.dataKeyCacheSize(), policy.dataKeyMaxAge(), clock);
    }

    public Either<Problem, Envelope> encrypt(TenantId tenant, RecordId id, byte[] plaintext) {
        return dataKey(tenant, id).flatMap(key -> {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            boolean bound = !policy.reusesDataKeys();
            try {
                byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, key.plaintext(), iv, aad(tenant, id)).doFinal(plaintext);
                return Either.right(new Envelope(Envelope.FORMAT_VERSION, key.keyId(), key.wrapped(), bound, iv, ciphertext));
            } catch (GeneralSecurityException e) {
                return Either.left(new Problem.Unavailable(STEP, false, "AES-GCM encryption failed: " + e.getMessage()));
            }
        });
    }

    public Either<Problem, byte[]> decrypt(TenantId tenant, RecordId id, Envelope envelope) {
        if (envelope.formatVersion() != Envelope.FORMAT_VERSION) {
            return Either.left(new Problem.Rejected("envelope-format",
                    "envelope format " + envelope.formatVersion() + " is not supported"));
        }
        EncryptionContext context = envelope.recordBound() ? EncryptionContext.of(tenant, id)
                : EncryptionContext.tenantWide(tenant);
        return unwrapped.unwrap(envelope.keyId(), envelope.wrappedKey(), context).flatMap(key -> {
            try {
                return Either.right(cipher(Cipher.DECRYPT_MODE, key, envelope.iv(), aad(tenant, id))
                        .doFinal(envelope.ciphertext()));
            } catch (AEADBadTagException e) {
                return Either.left(new Problem.Rejected("envelope-authentication",
                        "the ciphertext of record " + id + " does not authenticate (tampered, or another tenant/record)"));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return Either.left(new Problem.Rejected("envelope-authentication",
                        "the envelope of record " + id + " is malformed: " + e.getMessage()));
            }
        });
    }

    private Either<Problem, DataKey> dataKey(TenantId tenant, RecordId id) {
        if (!policy.reusesDataKeys()) {
            return vault.generate(EncryptionContext.of(tenant, id));
        }
        Instant now = clock.instant();
        CachedKey cached = cache.compute(tenant, (t, old) -> old != null && old.usable(now, policy) ? old.used() : null);
        if (cached != null) {
            return Either.right(cached.key());
        }
        return vault.generate(EncryptionContext.tenantWide(tenant))
                .peek(key -> cache.put(tenant, new CachedKey(key, now, 1)));
    }

    private static byte[] aad(TenantId tenant, RecordId id) {
        return ("portside.records/v" + Envelope.FORMAT_VERSION + "|" + tenant.value() + "|" + id.value())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(aad);
        return cipher;
    }

    private record CachedKey(DataKey key, Instant created, int uses) {
        boolean usable(Instant now, RecordsPolicy policy) {
            return uses < policy.dataKeyMaxUses() && !now.isAfter(created.plus(policy.dataKeyMaxAge()));
        }

        CachedKey used() {
            return new CachedKey(key, created, uses + 1);
        }
    }
}
