package dev.portside.adapters.s3.testing;

import dev.portside.testkit.backends.BackendSettings;
import dev.portside.testkit.backends.SharedBackend;
import java.net.URI;
import java.util.Optional;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * General S3 behaviour for tests: {@code PORTSIDE_TEST_S3_ENDPOINT} (with {@code _ACCESS_KEY}/{@code _SECRET_KEY}),
 * else s3proxy with its in-memory store in this JVM. s3proxy does not enforce Object Lock: WORM tests use
 * {@link RgwBackend}.
 */
public final class S3ProxyBackend extends SharedBackend {

    public static final String ENDPOINT_VARIABLE = "PORTSIDE_TEST_S3_ENDPOINT";
    private static final S3ProxyBackend SHARED = new S3ProxyBackend();

    private URI endpoint;
    private String accessKey;
    private String secretKey;
    private S3Client client;

    private S3ProxyBackend() {
        super("S3 (s3proxy)", "s3proxy could not start in this JVM; or set " + ENDPOINT_VARIABLE + " to an S3 endpoint");
    }

    public static S3ProxyBackend shared() {
        return SHARED;
    }

    @Override
    protected void start() throws Exception {
        Optional<String> configured = BackendSettings.get(ENDPOINT_VARIABLE);
        if (configured.isPresent()) {
            endpoint = URI.create(configured.get());
            accessKey = BackendSettings.get("PORTSIDE_TEST_S3_ACCESS_KEY").orElse("test");
            secretKey = BackendSettings.get("PORTSIDE_TEST_S3_SECRET_KEY").orElse("test");
        } else {
            accessKey = "portside-access";
            secretKey = "portside-secret";
            S3ProxyJunitCore proxy = new S3ProxyJunitCore.Builder()
                    .withCredentials(accessKey, secretKey)
                    .withBlobStoreProvider("transient")
                    .build();
            proxy.beforeEach();
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::afterEach));
            endpoint = proxy.getUri();
        }
        client = S3Clients.pathStyle(endpoint, accessKey, secretKey, false);
        client.listBuckets();
    }

    public S3Client client() {
        ensureStarted();
        return client;
    }

    /** A new client on the same server (with the checksum switch as given), through {@code interceptors}. */
    public S3Client newClient(boolean checksumsWhenRequired, ExecutionInterceptor... interceptors) {
        ensureStarted();
        return S3Clients.pathStyle(endpoint, accessKey, secretKey, checksumsWhenRequired, interceptors);
    }

    public URI endpoint() {
        ensureStarted();
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Creates an empty bucket no other test uses. */
    public String newBucket() {
        String bucket = S3Clients.uniqueBucket("portside");
        client().createBucket(b -> b.bucket(bucket));
        return bucket;
    }
}
