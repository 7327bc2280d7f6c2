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
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A test-only endpoint speaking the KMS JSON protocol (TrentService CreateKey, DescribeKey, CreateAlias,
 * UpdateAlias, DisableKey, EnableKey, ScheduleKeyDeletion, GenerateDataKey, Encrypt, Decrypt, ReEncrypt) on
 * the JDK's HttpServer. It really encrypts: AES-256-GCM under a per-key secret with the encryption context
 * (canonical JSON of its sorted pairs) as authenticated data, so a wrong context, key or bit fails as KMS
 * does (InvalidCiphertextException, IncorrectKeyException, NotFoundException); a disabled key answers
 * DisabledException, one pending deletion KMSInvalidStateException, and {@link #throttle} makes the next
 * calls answer ThrottlingException. Data keys follow KeySpec or NumberOfBytes; KeyId is always the key ARN.
 */
public final class KmsTestEndpoint implements AutoCloseable {

    private static final String ARN_PREFIX = "arn:aws:kms:us-east-1:111122223333:key/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final AtomicInteger throttled = new AtomicInteger();

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
            if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new KmsError("ThrottlingException", "Rate exceeded");
            }
            switch (target.substring(target.indexOf('.') + 1)) {
                case "CreateKey" -> createKey(response);
                case "DescribeKey" -> describe(response.putObject("KeyMetadata"), resolve(request.path("KeyId").asText()));
                case "CreateAlias", "UpdateAlias" -> aliases.put(request.path("AliasName").asText(),
                        resolve(request.path("TargetKeyId").asText()));
                case "DisableKey" -> states.put(resolve(request.path("KeyId").asText()), "Disabled");
                case "EnableKey" -> states.put(resolve(request.path("KeyId").asText()), "Enabled");
                case "ScheduleKeyDeletion" -> {
                    String keyId = resolve(request.path("KeyId").asText());
                    states.put(keyId, "PendingDeletion");
                    response.put("KeyId", ARN_PREFIX + keyId).put("KeyState", "PendingDeletion");
                }
                case "GenerateDataKey" -> {
                    byte[] plaintext = new byte[dataKeyBytes(request)];
                    random.nextBytes(plaintext);
                    String keyId = usable(request.path("KeyId").asText());
                    response.put("KeyId", ARN_PREFIX + keyId).put("Plaintext", b64(plaintext))
                            .put("CiphertextBlob", b64(seal(keyId, plaintext, request.path("EncryptionContext"))));
                }
                case "Encrypt" -> {
                    String keyId = usable(request.path("KeyId").asText());
                    response.put("KeyId", ARN_PREFIX + keyId).put("CiphertextBlob", b64(seal(keyId,
                            Base64.getDecoder().decode(request.path("Plaintext").asText()), request.path("EncryptionContext"))));
                }
                case "Decrypt" -> {
                    Opened opened = open(request.path("CiphertextBlob").asText(), request.path("KeyId"),
                            request.path("EncryptionContext"));
                    response.put("KeyId", ARN_PREFIX + opened.keyId()).put("Plaintext", b64(opened.plaintext()))
                            .put("EncryptionAlgorithm", "SYMMETRIC_DEFAULT");
                }
                case "ReEncrypt" -> {
                    Opened opened = open(request.path("CiphertextBlob").asText(), request.path("SourceKeyId"),
                            request.path("SourceEncryptionContext"));
                    String keyId = usable(request.path("DestinationKeyId").asText());
                    response.put("SourceKeyId", ARN_PREFIX + opened.keyId()).put("KeyId", ARN_PREFIX + keyId)
                            .put("CiphertextBlob", b64(seal(keyId, opened.plaintext(),
                                    request.path("DestinationEncryptionContext"))));
                }
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

    /** The next {@code calls} calls answer ThrottlingException (the SDK's own retries count as calls). */
    public void throttle(int calls) {
        throttled.set(calls);
    }

    private void createKey(ObjectNode response) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String id = UUID.randomUUID().toString();
        keys.put(id, new SecretKeySpec(secret, "AES"));
        states.put(id, "Enabled");
        describe(response.putObject("KeyMetadata"), id);
    }

    private void describe(ObjectNode metadata, String id) {
        String state = states.get(id);
        metadata.put("KeyId", id).put("Arn", ARN_PREFIX + id).put("Enabled", "Enabled".equals(state))
                .put("KeyState", state).put("KeySpec", "SYMMETRIC_DEFAULT").put("KeyUsage", "ENCRYPT_DECRYPT");
    }

    private static int dataKeyBytes(JsonNode request) {
        if (request.hasNonNull("KeySpec") == request.hasNonNull("NumberOfBytes")) {
            throw new KmsError("ValidationException", "exactly one of KeySpec and NumberOfBytes is required");
        }
        if (request.hasNonNull("NumberOfBytes")) {
            int bytes = request.path("NumberOfBytes").asInt();
            if (bytes < 1 || bytes > 1024) {
                throw new KmsError("ValidationException", "NumberOfBytes must be between 1 and 1024");
            }
            return bytes;
        }
        return switch (request.path("KeySpec").asText()) {
            case "AES_256" -> 32;
            case "AES_128" -> 16;
            default -> throw new KmsError("ValidationException", "KeySpec must be AES_256 or AES_128");
        };
    }

    private record Opened(String keyId, byte[] plaintext) {
    }

    private Opened open(String ciphertext, JsonNode requestedKey, JsonNode context) {
        ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(ciphertext));
        if (blob.remaining() < 1 + 36 + 12 + 16) {
            throw new KmsError("InvalidCiphertextException", "the ciphertext is too short");
        }
        byte[] id = new byte[blob.get()];
        blob.get(id);
        String keyId = new String(id, StandardCharsets.UTF_8);
        if (!requestedKey.isMissingNode() && !requestedKey.isNull() && !resolve(requestedKey.asText()).equals(keyId)) {
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
        usable(keyId);
        try {
            return new Opened(keyId, cipher(Cipher.DECRYPT_MODE, key, iv, context).doFinal(sealed));
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
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(canonical(context));
        return cipher;
    }

    /** The context as JSON of its pairs sorted by key: no two different contexts share a form. */
    static byte[] canonical(JsonNode context) {
        ObjectNode sorted = JSON.createObjectNode();
        Map<String, String> pairs = new TreeMap<>();
        context.fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText()));
        pairs.forEach(sorted::put);
        try {
            return JSON.writeValueAsBytes(sorted);
        } catch (IOException e) {
            throw new KmsError("KMSInternalException", e.getMessage());
        }
    }

    /** The key id behind {@code keyId} when its state allows cryptographic use. */
    private String usable(String keyId) {
        String id = resolve(keyId);
        switch (states.get(id)) {
            case "Disabled" -> throw new KmsError("DisabledException", ARN_PREFIX + id + " is disabled.");
            case "PendingDeletion" -> throw new KmsError("KMSInvalidStateException", ARN_PREFIX + id
                    + " is pending deletion.");
            default -> {
                return id;
            }
        }
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
