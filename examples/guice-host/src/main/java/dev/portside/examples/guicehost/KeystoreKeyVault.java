package dev.portside.examples.guicehost;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A host's own {@link KeyVault}: master keys are AES entries of the host's keystore (PKCS12), addressed by
 * alias; the key id of a data key is {@code host:<alias>}. Data keys are wrapped with AES-256-GCM, the encryption
 * context as authenticated data, so a wrapped key unwraps only under its own context and unaltered. Rotation:
 * point {@code currentAlias} at a new entry and keep the old one in the keystore; {@link #rewrap} moves data keys
 * to the current entry.
 */
public final class KeystoreKeyVault implements KeyVault {

    private static final String PREFIX = "host:";
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final KeyStore keystore;
    private final char[] password;
    private final String currentAlias;

    /**
     * @param keystore     the host's loaded keystore
     * @param password     the password of its key entries
     * @param currentAlias the entry new data keys are wrapped with
     */
    public KeystoreKeyVault(KeyStore keystore, char[] password, String currentAlias) {
        this.keystore = keystore;
        this.password = password.clone();
        this.currentAlias = currentAlias;
        if (key(currentAlias) == null) {
            throw new IllegalArgumentException("the keystore has no AES key entry '" + currentAlias + "'");
        }
    }

    @Override
    public String currentKeyId() {
        return PREFIX + currentAlias;
    }

    @Override
    public Either<Problem, String> wrappingKeyId() {
        return Either.right(currentKeyId());
    }

    @Override
    public Either<Problem, DataKey> generate(EncryptionContext context) {
        byte[] plaintext = new byte[32];
        random.nextBytes(plaintext);
        return wrap(plaintext, context).map(wrapped -> new DataKey(currentKeyId(), plaintext, wrapped));
    }

    @Override
    public Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context) {
        Key key = keyId.startsWith(PREFIX) ? key(keyId.substring(PREFIX.length())) : null;
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
            return Either.left(new Problem.Unavailable("host keystore", false, e.getClass().getSimpleName()));
        }
    }

    @Override
    public Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context) {
        return unwrap(envelope.keyId(), envelope.wrappedKey(), context).flatMap(plaintext -> wrap(plaintext, context))
                .map(wrapped -> envelope.withKey(currentKeyId(), wrapped));
    }

    private Either<Problem, byte[]> wrap(byte[] plaintext, EncryptionContext context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key(currentAlias), iv, context).doFinal(plaintext);
            return Either.right(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            return Either.left(new Problem.Unavailable("host keystore", false, e.getClass().getSimpleName()));
        }
    }

    private Key key(String alias) {
        try {
            Key key = keystore.getKey(alias, password);
            return key != null && "AES".equalsIgnoreCase(key.getAlgorithm()) ? key : null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static Problem refused(String keyId) {
        return new Problem.Rejected("data-key-authentication",
                "the data key does not unwrap under master key " + keyId + " with this encryption context");
    }

    private static Cipher cipher(int mode, Key key, byte[] iv, EncryptionContext context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(context.canonical().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "KeystoreKeyVault[" + currentKeyId() + "]";
    }
}
