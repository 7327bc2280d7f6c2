package dev.portside.adapters.s3.brands;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where and how brand analytics run on Athena: the database (a plain identifier, never quoted user
 * input), the workgroup, the query output location, and how long to poll a query before giving up.
 */
public record AthenaSettings(String database, String workgroup, String outputLocation, Duration pollDeadline,
                             Duration firstPoll) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,127}");

    public AthenaSettings {
        if (database == null || !IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("athena database must match " + IDENTIFIER + ", got " + database);
        }
        if (pollDeadline == null || pollDeadline.isNegative() || pollDeadline.isZero()) {
            throw new IllegalArgumentException("athena poll deadline must be positive");
        }
        firstPoll = firstPoll == null ? Duration.ofMillis(100) : firstPoll;
    }
}
