package dev.portside.adapters.s3.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ContentHash;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON documents of the archive: an archived record (document format 1; the envelope carries its own
 * version) and the re-wrapped data key stored beside it after a key rotation.
 */
final class SealedRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder UNB64 = Base64.getDecoder();

    private SealedRecordJson() {
    }

    static byte[] write(SealedRecord r) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("document", 1).put("tenant", r.tenant().value()).put("id", r.id().value())
                .put("modelVersion", r.modelVersion()).put("timestamp", r.timestamp().toString())
                .put("contentHash", r.contentHash().hex());
        ObjectNode metadata = doc.putObject("metadata");
        new TreeMap<>(r.metadata()).forEach(metadata::put);
        Envelope e = r.envelope();
        doc.putObject("envelope").put("formatVersion", e.formatVersion()).put("keyId", e.keyId())
                .put("wrappedKey", B64.encodeToString(e.wrappedKey())).put("recordBound", e.recordBound())
                .put("iv", B64.encodeToString(e.iv())).put("ciphertext", B64.encodeToString(e.ciphertext()));
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException ex) {
            throw new IllegalStateException("cannot render an archived record", ex);
        }
    }

    /** The document of a re-wrapped data key: the key id and the wrapped key, nothing of the content. */
    static byte[] writeWrapping(Envelope envelope) {
        ObjectNode doc = JSON.createObjectNode().put("document", 1).put("keyId", envelope.keyId())
                .put("wrappedKey", B64.encodeToString(envelope.wrappedKey()));
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException ex) {
            throw new IllegalStateException("cannot render a re-wrapped key", ex);
        }
    }

    /** {@code original} with the data key of the re-wrap document in {@code bytes}, or Left(why it is not one). */
    static Either<String, Envelope> readWrapping(byte[] bytes, Envelope original) {
        try {
            JsonNode doc = JSON.readTree(bytes);
            return Either.right(original.withKey(doc.path("keyId").asText(), UNB64.decode(doc.path("wrappedKey").asText())));
        } catch (IOException | RuntimeException e) {
            return Either.left(e.getClass().getSimpleName());
        }
    }

    /** The record in {@code bytes}, or Left(why it is not one). */
    static Either<String, SealedRecord> read(byte[] bytes) {
        try {
            return Either.right(parse(JSON.readTree(bytes)));
        } catch (IOException | RuntimeException e) {
            return Either.left(e.getClass().getSimpleName());
        }
    }

    private static SealedRecord parse(JsonNode doc) {
        Map<String, String> metadata = new TreeMap<>();
        doc.path("metadata").fields().forEachRemaining(f -> metadata.put(f.getKey(), f.getValue().asText()));
        JsonNode e = doc.path("envelope");
        Envelope envelope = new Envelope(e.path("formatVersion").asInt(), e.path("keyId").asText(),
                UNB64.decode(e.path("wrappedKey").asText()), e.path("recordBound").asBoolean(),
                UNB64.decode(e.path("iv").asText()), UNB64.decode(e.path("ciphertext").asText()));
        return new SealedRecord(new TenantId(doc.path("tenant").asText()), new RecordId(doc.path("id").asText()),
                doc.path("modelVersion").asText(), Instant.parse(doc.path("timestamp").asText()), metadata,
                new ContentHash(doc.path("contentHash").asText()), envelope);
    }
}
