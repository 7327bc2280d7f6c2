package dev.portside.domain.records;

import java.util.Arrays;

/**
 * A 256-bit data key as a {@link KeyVault} hands it out: the plaintext for encrypting now, and the
 * same key wrapped by the vault's master key for storing next to the ciphertext. Never printed.
 */
public final class DataKey {

    private final String keyId;
    private final byte[] plaintext;
    private final byte[] wrapped;

    public DataKey(String keyId, byte[] plaintext, byte[] wrapped) {
        this.keyId = keyId;
        this.plaintext = plaintext.clone();
        this.wrapped = wrapped.clone();
    }

    public String keyId() {
        return keyId;
    }

    public byte[] plaintext() {
        return plaintext.clone();
    }

    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataKey k && keyId.equals(k.keyId) && Arrays.equals(plaintext, k.plaintext)
                && Arrays.equals(wrapped, k.wrapped);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode() * 31 + Arrays.hashCode(wrapped);
    }

    @Override
    public String toString() {
        return "DataKey[" + keyId + ", ****]";
    }
}
