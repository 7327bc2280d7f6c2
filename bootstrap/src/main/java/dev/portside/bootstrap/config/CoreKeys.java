package dev.portside.bootstrap.config;

import java.util.List;

/** The configuration keys bootstrap itself reads: the profile and the shared backend clients. */
public final class CoreKeys {

    public static final String PROFILE = "portside.profile";
    public static final String CURSOR_SECRET = "portside.cursor.secret";
    public static final String AWS_REGION = "portside.aws.region";
    public static final String AWS_ENDPOINT = "portside.aws.endpoint";
    public static final String AWS_ACCESS_KEY_ID = "portside.aws.access-key-id";
    public static final String AWS_SECRET_ACCESS_KEY = "portside.aws.secret-access-key";
    public static final String DYNAMODB_ENDPOINT = "portside.dynamodb.endpoint";
    public static final String S3_ENDPOINT = "portside.s3.endpoint";
    public static final String S3_PATH_STYLE = "portside.s3.path-style";
    public static final String S3_CHECKSUMS = "portside.s3.checksums";
    public static final String ATHENA_ENDPOINT = "portside.athena.endpoint";
    public static final String KMS_ENDPOINT = "portside.kms.endpoint";
    public static final String POSTGRES_URL = "portside.postgres.url";
    public static final String POSTGRES_USER = "portside.postgres.user";
    public static final String POSTGRES_PASSWORD = "portside.postgres.password";
    public static final String POSTGRES_POOL_SIZE = "portside.postgres.pool-size";
    public static final String CLICKHOUSE_URL = "portside.clickhouse.url";
    public static final String CLICKHOUSE_USER = "portside.clickhouse.user";
    public static final String CLICKHOUSE_PASSWORD = "portside.clickhouse.password";

    public static final List<String> PROFILES = List.of("inmemory", "aws", "sql");

    private CoreKeys() {
    }

    public static List<ConfigKey> all() {
        return List.of(
                ConfigKey.oneOf(PROFILE, "inmemory", "Picks every context's adapters at once", PROFILES),
                ConfigKey.secret(CURSOR_SECRET,
                        "Key that signs paging cursors; when unset a random key is made at start (cursors then do not survive a restart)"),
                ConfigKey.text(AWS_REGION, "us-east-1", "AWS region of every AWS client"),
                ConfigKey.endpoint(AWS_ENDPOINT, "Endpoint override for every AWS client (a local test server)"),
                ConfigKey.optionalText(AWS_ACCESS_KEY_ID, "Static AWS access key id; unset uses the default credentials chain"),
                ConfigKey.secret(AWS_SECRET_ACCESS_KEY, "Static AWS secret access key (with the access key id)"),
                ConfigKey.endpoint(DYNAMODB_ENDPOINT, "Endpoint override for DynamoDB"),
                ConfigKey.endpoint(S3_ENDPOINT, "Endpoint override for S3"),
                ConfigKey.bool(S3_PATH_STYLE, false, "Path-style S3 addressing (needed by most S3 servers other than AWS)"),
                ConfigKey.oneOf(S3_CHECKSUMS, "when_supported",
                        "When the S3 client computes and validates checksums (when_required for Ceph RGW)",
                        List.of("when_supported", "when_required")),
                ConfigKey.endpoint(ATHENA_ENDPOINT, "Endpoint override for Athena"),
                ConfigKey.endpoint(KMS_ENDPOINT, "Endpoint override for KMS"),
                new ConfigKey(POSTGRES_URL, "jdbc:postgresql://localhost:5432/portside", "jdbc:postgresql://… URL",
                        "PostgreSQL JDBC URL", false, v -> v.startsWith("jdbc:postgresql:")
                        ? java.util.Optional.empty() : java.util.Optional.of("must start with jdbc:postgresql:")),
                ConfigKey.text(POSTGRES_USER, "portside", "PostgreSQL user"),
                ConfigKey.secret(POSTGRES_PASSWORD, "PostgreSQL password"),
                ConfigKey.integer(POSTGRES_POOL_SIZE, 10, 1, 200, "PostgreSQL connection pool size"),
                new ConfigKey(CLICKHOUSE_URL, "jdbc:clickhouse://localhost:8123/default", "jdbc:clickhouse://… URL",
                        "ClickHouse JDBC URL", false, v -> v.startsWith("jdbc:clickhouse:") || v.startsWith("jdbc:ch:")
                        ? java.util.Optional.empty() : java.util.Optional.of("must start with jdbc:clickhouse:")),
                ConfigKey.text(CLICKHOUSE_USER, "default", "ClickHouse user"),
                ConfigKey.secret(CLICKHOUSE_PASSWORD, "ClickHouse password"));
    }
}
