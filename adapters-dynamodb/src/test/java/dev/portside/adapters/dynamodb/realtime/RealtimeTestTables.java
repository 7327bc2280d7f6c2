package dev.portside.adapters.dynamodb.realtime;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The realtime tables of this test JVM, provisioned once under a prefix no other test run uses. */
final class RealtimeTestTables {

    private static RealtimeTables tables;

    private RealtimeTestTables() {
    }

    static synchronized RealtimeTables of(DynamoDbClient client) {
        if (tables == null) {
            RealtimeTables fresh = RealtimeTables.withPrefix(DynamoDbBackend.uniquePrefix() + "rt_");
            new RealtimeTablesProvisioner(client, fresh).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
            tables = fresh;
        }
        return tables;
    }
}
