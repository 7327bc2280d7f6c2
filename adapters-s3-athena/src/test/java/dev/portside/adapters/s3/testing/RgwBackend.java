package dev.portside.adapters.s3.testing;

import dev.portside.testkit.backends.BackendSettings;
import dev.portside.testkit.backends.SharedBackend;
import java.net.URI;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Ceph RGW, a real S3 implementation that enforces Object Lock (COMPLIANCE retention, legal hold), for the
 * WORM tests: {@code PORTSIDE_TEST_RGW_ENDPOINT}, {@code _ACCESS_KEY}, {@code _SECRET_KEY}, exported by
 * {@code scripts/backends.sh start} (or pointing at real S3). Its client computes checksums only when
 * required, as RGW needs.
 */
public final class RgwBackend extends SharedBackend {

    public static final String ENDPOINT_VARIABLE = "PORTSIDE_TEST_RGW_ENDPOINT";
    private static final RgwBackend SHARED = new RgwBackend();

    private URI endpoint;
    private String accessKey;
    private String secretKey;
    private S3Client client;

    private RgwBackend() {
        super("Ceph RGW (S3 Object Lock)", "Run the tests with scripts/test, or scripts/backends.sh start (it installs "
                + "Ceph RGW from Debian packages into a private folder) and export its env, or set " + ENDPOINT_VARIABLE + ", PORTSIDE_TEST_RGW_ACCESS_KEY and "
                + "PORTSIDE_TEST_RGW_SECRET_KEY");
    }

    public static RgwBackend shared() {
        return SHARED;
    }

    @Override
    protected void start() {
        endpoint = URI.create(BackendSettings.require(ENDPOINT_VARIABLE));
        accessKey = BackendSettings.get("PORTSIDE_TEST_RGW_ACCESS_KEY").orElse("portside-test");
        secretKey = BackendSettings.get("PORTSIDE_TEST_RGW_SECRET_KEY").orElse("portside-test-secret");
        client = S3Clients.pathStyle(endpoint, accessKey, secretKey, true);
        client.listBuckets();
    }

    public S3Client client() {
        ensureStarted();
        return client;
    }

    /** Another client of this server whose calls pass through {@code interceptors} (e.g. injected answers). */
    public S3Client newClient(ExecutionInterceptor... interceptors) {
        ensureStarted();
        return S3Clients.pathStyle(endpoint, accessKey, secretKey, true, interceptors);
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

    /** Creates an empty plain bucket (no versioning, no Object Lock). */
    public String newBucket() {
        String bucket = S3Clients.uniqueBucket("portside");
        client().createBucket(b -> b.bucket(bucket));
        return bucket;
    }

    /** Creates an empty bucket with Object Lock (and so versioning) enabled. */
    public String newLockedBucket() {
        String bucket = S3Clients.uniqueBucket("portside-worm");
        client().createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true));
        return bucket;
    }
}
