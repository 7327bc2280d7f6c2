package dev.portside.bootstrap.config;

import java.time.Duration;
import java.util.List;

/** The configuration keys bootstrap itself reads: the profile and the shared backend clients. */
public final class CoreKeys {

    public static final String PROFILE = "portside.profile";
    public static final String CURSOR_SECRET = "portside.cursor.secret";
    public static final String AWS_REGION = "portside.aws.region";
    public static final String AWS_ENDPOINT = "portside.aws.endpoint";
    public static final String AWS_ACCESS_KEY_ID = "portside.aws.access-key-id";
    public static final String AWS_SECRET_ACCESS_KEY = "portside.aws.secret-access-key";
    public static final String AWS_CALL_TIMEOUT = "portside.aws.call-timeout";
    public static final String AWS_ATTEMPT_TIMEOUT = "portside.aws.attempt-timeout";
    public static final String AWS_CONNECT_TIMEOUT = "portside.aws.connect-timeout";
    public static final String AWS_RETRY_MODE = "portside.aws.retry-mode";
    public static final String AWS_MAX_ATTEMPTS = "portside.aws.max-attempts";
    public static final String HEALTH_TIMEOUT = "portside.health.timeout";
    public static final String METRICS_PERCENTILE_HISTOGRAMS = "portside.metrics.percentile-histograms";
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
    public static final String POSTGRES_CONNECT_TIMEOUT = "portside.postgres.connect-timeout";
    public static final String POSTGRES_SOCKET_TIMEOUT = "portside.postgres.socket-timeout";
    public static final String POSTGRES_STATEMENT_TIMEOUT = "portside.postgres.statement-timeout";
    public static final String POSTGRES_POOL_CONNECTION_TIMEOUT = "portside.postgres.pool.connection-timeout";
    public static final String POSTGRES_POOL_MINIMUM_IDLE = "portside.postgres.pool.minimum-idle";
    public static final String POSTGRES_POOL_IDLE_TIMEOUT = "portside.postgres.pool.idle-timeout";
    public static final String POSTGRES_POOL_MAX_LIFETIME = "portside.postgres.pool.max-lifetime";
    public static final String CLICKHOUSE_URL = "portside.clickhouse.url";
    public static final String CLICKHOUSE_USER = "portside.clickhouse.user";
    public static final String CLICKHOUSE_PASSWORD = "portside.clickhouse.password";
    public static final String CLICKHOUSE_POOL_SIZE = "portside.clickhouse.pool-size";
    public static final String CLICKHOUSE_CONNECT_TIMEOUT = "portside.clickhouse.connect-timeout";
    public static final String CLICKHOUSE_SOCKET_TIMEOUT = "portside.clickhouse.socket-timeout";
    public static final String CLICKHOUSE_QUERY_TIMEOUT = "portside.clickhouse.query-timeout";
    public static final String CLICKHOUSE_POOL_CONNECTION_TIMEOUT = "portside.clickhouse.pool.connection-timeout";
    public static final String SQL_RETRY_ATTEMPTS = "portside.sql.retry.attempts";
    public static final String SQL_RETRY_BACKOFF = "portside.sql.retry.backoff";
    public static final String SQL_RETRY_MAX_BACKOFF = "portside.sql.retry.max-backoff";
    public static final String SQL_RETRY_DEADLINE = "portside.sql.retry.deadline";

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
                ConfigKey.duration(AWS_CALL_TIMEOUT, "6s", Duration.ofMillis(100),
                        "Deadline of one AWS call, every retry included; past it the call is Unavailable (retriable)"),
                ConfigKey.duration(AWS_ATTEMPT_TIMEOUT, "3s", Duration.ofMillis(100),
                        "Deadline of one HTTP attempt of an AWS call (a hung endpoint is given up after it)"),
                ConfigKey.duration(AWS_CONNECT_TIMEOUT, "2s", Duration.ofMillis(100), "Deadline to open a connection to an AWS endpoint"),
                ConfigKey.oneOf(AWS_RETRY_MODE, "standard",
                        "Retry strategy of every AWS client (standard: jittered backoff; adaptive: also rate-limits the client)",
                        List.of("standard", "adaptive", "legacy")),
                ConfigKey.integer(AWS_MAX_ATTEMPTS, 3, 1, 10, "Attempts of one AWS call (the first one included), within its deadline"),
                ConfigKey.duration(HEALTH_TIMEOUT, "2s", Duration.ofMillis(100),
                        "Deadline of each health probe (probes run side by side, so health answers within about this)"),
                ConfigKey.bool(METRICS_PERCENTILE_HISTOGRAMS, false,
                        "Publish percentile histogram buckets on the use-case and port-call timers (each record then costs more)"),
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
                ConfigKey.integer(POSTGRES_POOL_SIZE, 10, 1, 200, "PostgreSQL connection pool size (HikariCP maximum pool size)"),
                ConfigKey.duration(POSTGRES_CONNECT_TIMEOUT, "2s", Duration.ofSeconds(1),
                        "JDBC connect and login timeout of PostgreSQL (whole seconds)"),
                ConfigKey.duration(POSTGRES_SOCKET_TIMEOUT, "20s", Duration.ofSeconds(1),
                        "JDBC socket read timeout of PostgreSQL: a server that stops answering is given up after it (whole seconds)"),
                ConfigKey.duration(POSTGRES_STATEMENT_TIMEOUT, "15s", Duration.ofMillis(1),
                        "PostgreSQL statement_timeout of every pooled connection"),
                ConfigKey.duration(POSTGRES_POOL_CONNECTION_TIMEOUT, "5s", Duration.ofMillis(250),
                        "Longest a use case waits for a pooled PostgreSQL connection before it is Unavailable"),
                ConfigKey.integer(POSTGRES_POOL_MINIMUM_IDLE, 1, 0, 200, "Idle PostgreSQL connections the pool keeps open"),
                ConfigKey.duration(POSTGRES_POOL_IDLE_TIMEOUT, "10m", Duration.ofSeconds(10),
                        "How long an idle PostgreSQL connection above the minimum is kept"),
                ConfigKey.duration(POSTGRES_POOL_MAX_LIFETIME, "30m", Duration.ofSeconds(30),
                        "Oldest a pooled PostgreSQL connection may be before it is replaced"),
                new ConfigKey(CLICKHOUSE_URL, "jdbc:clickhouse://localhost:8123/default", "jdbc:clickhouse://… URL",
                        "ClickHouse JDBC URL", false, v -> v.startsWith("jdbc:clickhouse:") || v.startsWith("jdbc:ch:")
                        ? java.util.Optional.empty() : java.util.Optional.of("must start with jdbc:clickhouse:")),
                ConfigKey.text(CLICKHOUSE_USER, "default", "ClickHouse user"),
                ConfigKey.secret(CLICKHOUSE_PASSWORD, "ClickHouse password"),
                ConfigKey.integer(CLICKHOUSE_POOL_SIZE, 4, 1, 100, "ClickHouse connection pool size (HikariCP maximum pool size)"),
                ConfigKey.duration(CLICKHOUSE_CONNECT_TIMEOUT, "2s", Duration.ofMillis(100),
                        "Deadline to open a connection to ClickHouse"),
                ConfigKey.duration(CLICKHOUSE_SOCKET_TIMEOUT, "30s", Duration.ofSeconds(1),
                        "Socket read timeout of ClickHouse: a server that stops answering is given up after it"),
                ConfigKey.duration(CLICKHOUSE_QUERY_TIMEOUT, "20s", Duration.ofSeconds(1),
                        "ClickHouse max_execution_time of every query (whole seconds; the server stops the query after it)"),
                ConfigKey.duration(CLICKHOUSE_POOL_CONNECTION_TIMEOUT, "5s", Duration.ofMillis(250),
                        "Longest a use case waits for a pooled ClickHouse connection before it is Unavailable"),
                ConfigKey.integer(SQL_RETRY_ATTEMPTS, 5, 1, 20,
                        "Runs of one PostgreSQL or ClickHouse call that failed transiently (serialization failure, deadlock, lost connection), the first included"),
                ConfigKey.duration(SQL_RETRY_BACKOFF, "20ms", Duration.ZERO,
                        "Base of the full-jitter exponential backoff between SQL reruns (doubled each rerun)"),
                ConfigKey.duration(SQL_RETRY_MAX_BACKOFF, "500ms", Duration.ZERO, "Longest pause between two SQL reruns"),
                ConfigKey.duration(SQL_RETRY_DEADLINE, "5s", Duration.ZERO,
                        "No SQL rerun starts later than this after the first run of the call"));
    }
}
