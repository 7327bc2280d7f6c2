package dev.portside.adapters.dynamodb.testing;

import dev.portside.testkit.backends.NodeService;
import dev.portside.testkit.backends.BackendSettings;
import dev.portside.testkit.backends.SharedBackend;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    /** A table-name prefix no other test class uses. */
    public static String uniquePrefix() {
        return "t" + Long.toHexString(System.nanoTime()) + "-";
    }
}
