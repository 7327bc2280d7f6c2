package dev.portside.bootstrap.jobs;

import dev.portside.bootstrap.config.ConfigKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the maintenance jobs an embedded Portside runs on its own: each job is off until its interval is
 * set. Each job has its own {@code portside.jobs.<job>.batch-size}: rows per delete of the records cleanup, archived
 * ids per page of the records reconcile, items of each kind one realtime cleanup run removes.
 */
public final class JobKeys {

    public static final String RECORDS_CLEANUP = "records-cleanup";
    public static final String RECORDS_RECONCILE = "records-reconcile";
    public static final String REALTIME_CLEANUP = "realtime-cleanup";
    public static final List<String> JOBS = List.of(RECORDS_CLEANUP, RECORDS_RECONCILE, REALTIME_CLEANUP);

    public static final String TENANTS = "portside.jobs.tenants";
    public static final String STOP_TIMEOUT = "portside.jobs.stop-timeout";
    public static final String REALTIME_STALE_AFTER = "portside.jobs.realtime-cleanup.stale-after";

    private JobKeys() {
    }

    public static String interval(String job) {
        return "portside.jobs." + job + ".interval";
    }

    public static String jitter(String job) {
        return "portside.jobs." + job + ".jitter";
    }

    public static String batchSize(String job) {
        return "portside.jobs." + job + ".batch-size";
    }

    public static List<ConfigKey> all() {
        List<ConfigKey> keys = new ArrayList<>();
        keys.add(ConfigKey.text(TENANTS, "default", "Comma-separated tenants the scheduled maintenance jobs work on"));
        keys.add(ConfigKey.duration(STOP_TIMEOUT, "30s", Duration.ofMillis(1),
                "How long close() waits for a running maintenance job to finish before interrupting it"));
        for (String job : JOBS) {
            keys.add(ConfigKey.duration(interval(job), "0s", "Pause between two runs of the " + job
                    + " job in embedded mode; 0s (the default) never runs it"));
            keys.add(ConfigKey.duration(jitter(job), "0s", "Random extra pause of up to this much before each "
                    + job + " run, so that several hosts do not run it at once"));
        }
        keys.add(ConfigKey.integer(batchSize(RECORDS_CLEANUP), 1000, 1, 100_000,
                "Hot rows one delete of the scheduled records cleanup removes (the run deletes batch after batch)"));
        keys.add(ConfigKey.integer(batchSize(RECORDS_RECONCILE), 500, 1, 1000,
                "Archived record ids the scheduled records reconcile reads per archive page"));
        keys.add(ConfigKey.integer(batchSize(REALTIME_CLEANUP), 1000, 1, 100_000,
                "Most stale connections, expired requests and expired subscriptions (each) one scheduled realtime cleanup run removes; the rest waits for the next run"));
        keys.add(ConfigKey.duration(REALTIME_STALE_AFTER, "10m", Duration.ofSeconds(1),
                "Idle time after which the scheduled realtime cleanup removes a connection"));
        return keys;
    }
}
