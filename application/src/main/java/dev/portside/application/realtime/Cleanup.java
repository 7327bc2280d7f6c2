package dev.portside.application.realtime;

import java.time.Duration;

/** Removes connections idle for longer than {@code staleAfter} (with their subscriptions) and expired items. */
public record Cleanup(String tenant, Duration staleAfter, boolean dryRun) {
}
