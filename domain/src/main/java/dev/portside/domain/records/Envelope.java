package dev.portside.domain.records;

import java.util.Arrays;
import java.util.Base64;

/**
 * An encrypted payload as stored: format version, the vault key id and the data key wrapped by it,
 * whether the data key is bound to the record id (else tenant-wide, reused), the 96-bit GCM IV and
 * the AES-256-GCM ciphertext with its tag. Old formats and old keys stay readable after rotation.
 */
public final class Envelope {

    public static final int FORMAT_VERSION = 1;

    private final int formatVersion;
    private final String keyId;
    private final byte[] wrappedKey;
    private final boolean recordBound;
    private final byte[] iv;
    private final byte[] ciphertext;

    public Envelope(int formatVersion, String keyId, byte[] wrappedKey, boolean recordBound, byte[] iv, byte[] ciphertext) {
        this.formatVersion = formatVersion;
        this.keyId = keyId;
        this.wrappedKey = wrappedKey.clone();
        this.recordBound = recordBound;
        this.iv = iv.clone();
        this.ciphertext = ciphertext.clone();
    }

    public int formatVersion() {
        return formatVersion;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    public boolean recordBound() {
        return recordBound;
    }

    public byte[] iv() {
        return iv.clone();
    }

    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** A copy whose ciphertext is replaced, e.g. to prove that tampering is detected. */
    public Envelope withCiphertext(byte[] other) {
        return new Envelope(formatVersion, keyId, wrappedKey, recordBound, iv, other);
    }

    /** A copy naming another key, e.g. after a re-wrap. */
    public Envelope withKey(String otherKeyId, byte[] otherWrappedKey) {
        return new Envelope(formatVersion, otherKeyId, otherWrappedKey, recordBound, iv, ciphertext);
    }

    /** Whether {@code other} is this envelope with only its data key wrapped differently. */
    public boolean sameContentAs(Envelope other) {
        return formatVersion == other.formatVersion && recordBound == other.recordBound
                && Arrays.equals(iv, other.iv) && Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && formatVersion == e.formatVersion && keyId.equals(e.keyId)
                && recordBound == e.recordBound && Arrays.equals(wrappedKey, e.wrappedKey)
                && Arrays.equals(iv, e.iv) && Arrays.equals(ciphertext, e.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(iv) * 31 + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "Envelope[v" + formatVersion + ", key " + keyId + ", iv " + Base64.getEncoder().encodeToString(iv)
                + ", " + ciphertext.length + " bytes]";
    }
}
