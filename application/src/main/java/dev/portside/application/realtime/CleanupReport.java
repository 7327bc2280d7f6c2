package dev.portside.application.realtime;

/** What a cleanup removed (or, in a dry run, would remove). */
public record CleanupReport(int staleConnections, int subscriptionsOfStaleConnections, int expiredRequests,
                            int expiredSubscriptions, boolean dryRun) {

    public int total() {
        return staleConnections + subscriptionsOfStaleConnections + expiredRequests + expiredSubscriptions;
    }
}
