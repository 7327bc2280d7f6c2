package dev.portside.bootstrap.realtime;

import dev.portside.adapters.dynamodb.realtime.RealtimeTables;
import dev.portside.bootstrap.config.ConfigKey;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.realtime.RealtimePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The realtime hub's configuration keys. */
final class RealtimeKeys {

    static final String ADAPTER = "portside.realtime.adapter";
    static final String TABLE_PREFIX = "portside.realtime.table-prefix";
    static final String CONNECTION_TTL = "portside.realtime.connection-ttl";
    static final String REQUEST_TTL = "portside.realtime.request-ttl";
    static final String CLAIM_LEASE = "portside.realtime.claim-lease";

    private RealtimeKeys() {
    }

    static List<ConfigKey> all() {
        return List.of(
                ConfigKey.text(TABLE_PREFIX, RealtimeTables.DEFAULT_PREFIX,
                        "Prefix of the realtime DynamoDB tables (<prefix>connections, <prefix>requests, <prefix>subscriptions)"),
                positiveDuration(CONNECTION_TTL, "24h", "How long a connection lives after its last activity"),
                positiveDuration(REQUEST_TTL, "7d", "How long an asynchronous request is kept after it was enqueued"),
                positiveDuration(CLAIM_LEASE, "5m", "How long a worker's claim on a request lasts without progress "
                        + "before another worker may claim it again"));
    }

    static RealtimePolicy policy(PortsideConfig config) {
        return new RealtimePolicy(config.getDuration(CONNECTION_TTL), config.getDuration(REQUEST_TTL),
                RealtimePolicy.DEFAULT.subscriptionTtl(), config.getDuration(CLAIM_LEASE));
    }

    static RealtimeTables tables(PortsideConfig config) {
        return RealtimeTables.withPrefix(config.get(TABLE_PREFIX));
    }

    private static ConfigKey positiveDuration(String name, String defaultValue, String description) {
        return new ConfigKey(name, defaultValue, "positive duration (e.g. 24h, 7d, 90m)", description, false,
                v -> ConfigKey.parseDuration(v).filter(d -> d.compareTo(Duration.ZERO) > 0).isPresent()
                        ? Optional.empty() : Optional.of("must be a positive duration such as 24h, 7d or 90m"));
    }
}
