package dev.portside.domain.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 (lower-case hex) of a record's canonical form: id, source, mapped data, model version,
 * timestamp and metadata sorted by key, each length-prefixed so no two records share a form.
 * Retention is not part of the hash: it may be extended without changing the content.
 */
public record ContentHash(String hex) {

    public static ContentHash of(RecordId id, String source, String mapped, String modelVersion,
                                 Instant timestamp, Map<String, String> metadata) {
        MessageDigest digest = sha256();
        feed(digest, id.value());
        feed(digest, source);
        feed(digest, mapped);
        feed(digest, modelVersion);
        feed(digest, timestamp.toString());
        for (Map.Entry<String, String> e : new TreeMap<>(metadata).entrySet()) {
            feed(digest, e.getKey());
            feed(digest, e.getValue());
        }
        return new ContentHash(HexFormat.of().formatHex(digest.digest()));
    }

    private static void feed(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
