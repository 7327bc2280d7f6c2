package dev.portside.adapters.dynamodb.testing;

import dev.portside.testkit.backends.NodeService;
import dev.portside.testkit.backends.BackendSettings;
import dev.portside.testkit.backends.SharedBackend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB endpoint for tests: {@code PORTSIDE_TEST_DYNAMODB_ENDPOINT} (a real region or any
 * DynamoDB-protocol server), else the test server script {@code PORTSIDE_TEST_DYNAMODB_SERVER} names (the
 * repository's {@code scripts/dynamodb/server.js}: dynalite with transactions and TTL added, which the build
 * passes) started on a free loopback port for this JVM.
 */
public final class DynamoDbBackend extends SharedBackend {

    public static final String ENDPOINT_VARIABLE = "PORTSIDE_TEST_DYNAMODB_ENDPOINT";
    public static final String SERVER_VARIABLE = "PORTSIDE_TEST_DYNAMODB_SERVER";
    private static final DynamoDbBackend SHARED = new DynamoDbBackend();

    private URI endpoint;
    private DynamoDbClient client;

    private DynamoDbBackend() {
        super("DynamoDB test server", "Set " + ENDPOINT_VARIABLE + " to a DynamoDB endpoint (scripts/test exports it), or "
                + SERVER_VARIABLE + " to scripts/dynamodb/server.js with Node.js 18+ and npm installed");
    }

    public static DynamoDbBackend shared() {
        return SHARED;
    }

    @Override
    protected void start() throws Exception {
        Optional<String> configured = BackendSettings.get(ENDPOINT_VARIABLE);
        if (configured.isPresent()) {
            endpoint = URI.create(configured.get());
        } else {
            NodeService server = NodeService.start(Path.of(BackendSettings.require(SERVER_VARIABLE)), List.of(),
                    Duration.ofSeconds(60));
            endpoint = URI.create("http://127.0.0.1:" + server.port());
        }
        client = newClient(endpoint);
        client.listTables();
    }

    /** A new client on the same endpoint (benchmarks use one per thread group). */
    public static DynamoDbClient newClient(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    public DynamoDbClient client() {
        ensureStarted();
        return client;
    }

    public URI endpoint() {
        ensureStarted();
        return endpoint;
    }

    /**
     * Switches the test server's per-table behaviours (see scripts/dynamodb/server.js): {@code ttlDelayMs} (TTL
     * deletes an item that long after it expired; -1 never) and {@code indexLagMs} (index reads see writes that
     * late; 0 at once), {@code catchUp} (any value: the indexes see every write so far). Aborts the test when
     * the endpoint is not the repository's test server (moto, AWS).
     */
    public void control(String table, Map<String, Long> settings) {
        String body = settings.entrySet().stream().map(e -> "\"" + e.getKey() + "\": "
                        + (e.getKey().equals("catchUp") ? "true" : e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ", "{\"table\": \"" + table + "\", ", "}"));
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint().resolve("/portside/control"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Assumptions.assumeTrue(response.statusCode() == 200 && response.body().contains("\"table\""),
                () -> "the endpoint " + endpoint + " is not the test server of scripts/dynamodb (control answered "
                        + response.statusCode() + ")");
    }

    /** A table-name prefix no other test class uses. */
    public static String uniquePrefix() {
        return "t" + Long.toHexString(System.nanoTime()) + "-";
    }
}
