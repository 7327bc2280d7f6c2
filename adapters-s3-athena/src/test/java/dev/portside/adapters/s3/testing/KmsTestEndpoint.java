package dev.portside.adapters.s3.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A test-only endpoint speaking the KMS JSON protocol (TrentService CreateKey, CreateAlias,
 * GenerateDataKey, Encrypt, Decrypt) on the JDK's HttpServer. It really encrypts: AES-256-GCM under a
 * per-key secret with the encryption context as authenticated data, so a wrong context, key or bit fails
 * as KMS does (InvalidCiphertextException, IncorrectKeyException, NotFoundException).
 */
public final class KmsTestEndpoint implements AutoCloseable {

    private static final String ARN_PREFIX = "arn:aws:kms:us-east-1:111122223333:key/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();

    private KmsTestEndpoint(HttpServer server) {
        this.server = server;
    }

    public static KmsTestEndpoint start() throws IOException {
        KmsTestEndpoint endpoint = new KmsTestEndpoint(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        endpoint.server.createContext("/", endpoint::handle);
        endpoint.server.start();
        return endpoint;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        ObjectNode response = JSON.createObjectNode();
        int status = 200;
        try {
            switch (target.substring(target.indexOf('.') + 1)) {
                case "CreateKey" -> createKey(response);
                case "CreateAlias" -> aliases.put(request.path("AliasName").asText(), resolve(request.path("TargetKeyId").asText()));
                case "GenerateDataKey" -> {
                    byte[] plaintext = new byte[32];
                    random.nextBytes(plaintext);
                    String keyId = resolve(request.path("KeyId").asText());
                    response.put("KeyId", ARN_PREFIX + keyId).put("Plaintext", b64(plaintext))
                            .put("CiphertextBlob", b64(seal(keyId, plaintext, request.path("EncryptionContext"))));
                }
                case "Encrypt" -> {
                    String keyId = resolve(request.path("KeyId").asText());
                    response.put("KeyId", ARN_PREFIX + keyId).put("CiphertextBlob", b64(seal(keyId,
                            Base64.getDecoder().decode(request.path("Plaintext").asText()), request.path("EncryptionContext"))));
                }
                case "Decrypt" -> decrypt(request, response);
                default -> throw new KmsError("UnsupportedOperationException", "not supported here: " + target);
            }
        } catch (KmsError e) {
            status = 400;
            response.removeAll();
            response.put("__type", e.type).put("message", e.getMessage());
        }
        byte[] body = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private void createKey(ObjectNode response) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String id = UUID.randomUUID().toString();
        keys.put(id, new SecretKeySpec(secret, "AES"));
        response.putObject("KeyMetadata").put("KeyId", id).put("Arn", ARN_PREFIX + id).put("Enabled", true)
                .put("KeyState", "Enabled").put("KeySpec", "SYMMETRIC_DEFAULT").put("KeyUsage", "ENCRYPT_DECRYPT");
    }

    private void decrypt(JsonNode request, ObjectNode response) {
        ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(request.path("CiphertextBlob").asText()));
        if (blob.remaining() < 1 + 36 + 12 + 16) {
            throw new KmsError("InvalidCiphertextException", "the ciphertext is too short");
        }
        byte[] id = new byte[blob.get()];
        blob.get(id);
        String keyId = new String(id, StandardCharsets.UTF_8);
        if (request.hasNonNull("KeyId") && !resolve(request.path("KeyId").asText()).equals(keyId)) {
            throw new KmsError("IncorrectKeyException", "the ciphertext was not encrypted under the requested key");
        }
        byte[] iv = new byte[12];
        blob.get(iv);
        byte[] sealed = new byte[blob.remaining()];
        blob.get(sealed);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new KmsError("InvalidCiphertextException", "the ciphertext refers to no key");
        }
        try {
            byte[] plaintext = cipher(Cipher.DECRYPT_MODE, key, iv, request.path("EncryptionContext")).doFinal(sealed);
            response.put("KeyId", ARN_PREFIX + keyId).put("Plaintext", b64(plaintext)).put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
        } catch (GeneralSecurityException e) {
            throw new KmsError("InvalidCiphertextException", "the ciphertext or its encryption context is wrong");
        }
    }

    private byte[] seal(String keyId, byte[] plaintext, JsonNode context) {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys.get(keyId), iv, context).doFinal(plaintext);
            byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(1 + id.length + iv.length + sealed.length).put((byte) id.length).put(id).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new KmsError("KMSInternalException", e.getMessage());
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] iv, JsonNode context) throws GeneralSecurityException {
        Map<String, String> sorted = new TreeMap<>();
        context.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(sorted.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private String resolve(String keyId) {
        String id = keyId.startsWith("alias/") ? aliases.get(keyId)
                : keyId.startsWith(ARN_PREFIX) ? keyId.substring(ARN_PREFIX.length()) : keyId;
        if (id == null || !keys.containsKey(id)) {
            throw new KmsError("NotFoundException", "key '" + keyId + "' does not exist");
        }
        return id;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static final class KmsError extends RuntimeException {
        private final String type;

        KmsError(String type, String message) {
            super(message);
            this.type = type;
        }
    }
}
