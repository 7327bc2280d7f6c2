package dev.portside.adapters.inmemory.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key vault over configured 256-bit master keys (the first is current, the rest retired but still
 * unwrap, and {@link #rewrap} moves their data keys to the current one). Data keys are wrapped with AES-256-GCM, the encryption context as authenticated data.
 * Key ids are fingerprints; the keys themselves are never printed.
 */
public final class LocalKeyVault implements KeyVault {

    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String current;

    public LocalKeyVault(byte[] currentKey, List<byte[]> retiredKeys) {
        this.current = add(currentKey);
        retiredKeys.forEach(this::add);
    }

    public LocalKeyVault(byte[] currentKey) {
        this(currentKey, List.of());
    }

    private String add(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a local master key must be exactly 256 bits");
        }
        String id = fingerprint(key);
        keys.put(id, new SecretKeySpec(key.clone(), "AES"));
        return id;
    }

    @Override
    public String currentKeyId() {
        return current;
    }

    @Override
    public Either<Problem, String> wrappingKeyId() {
        return Either.right(current);
    }

    @Override
    public Either<Problem, DataKey> generate(EncryptionContext context) {
        byte[] plaintext = new byte[32];
        random.nextBytes(plaintext);
        return wrap(plaintext, context).map(wrapped -> new DataKey(current, plaintext, wrapped));
    }

    @Override
    public Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context) {
        return unwrap(envelope.keyId(), envelope.wrappedKey(), context).flatMap(plaintext -> wrap(plaintext, context))
                .map(wrapped -> envelope.withKey(current, wrapped));
    }

    private Either<Problem, byte[]> wrap(byte[] plaintext, EncryptionContext context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys.get(current), iv, context).doFinal(plaintext);
            return Either.right(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            return Either.left(new Problem.Unavailable("local key vault", false, e.getMessage()));
        }
    }

    @Override
    public Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            return Either.left(new Problem.NotFound("master key", keyId));
        }
        if (wrapped.length <= IV_BYTES) {
            return Either.left(refused(keyId));
        }
        try {
            return Either.right(cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(wrapped, IV_BYTES), context)
                    .doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES));
        } catch (AEADBadTagException e) {
            return Either.left(refused(keyId));
        } catch (GeneralSecurityException e) {
            return Either.left(new Problem.Unavailable("local key vault", false, e.getMessage()));
        }
    }

    private static Problem refused(String keyId) {
        return new Problem.Rejected("data-key-authentication",
                "the data key does not unwrap under master key " + keyId + " with this encryption context");
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] iv, EncryptionContext context)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(context.canonical().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return "local:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "LocalKeyVault[" + current + "]";
    }
}
