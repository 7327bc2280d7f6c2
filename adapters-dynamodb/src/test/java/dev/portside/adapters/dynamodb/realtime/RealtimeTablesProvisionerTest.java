package dev.portside.adapters.dynamodb.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class RealtimeTablesProvisionerTest {

    @RegisterExtension
    static final DynamoDbBackend dynamo = DynamoDbBackend.shared();

    private final DynamoDbClient client = dynamo.client();
    private final RealtimeTables tables = RealtimeTables.withPrefix(DynamoDbBackend.uniquePrefix() + "prov_");

    @Test
    void provisioning_creates_the_three_tables_with_their_indexes_and_ttl_and_is_idempotent() {
        RealtimeTablesProvisioner provisioner = new RealtimeTablesProvisioner(client, tables);
        assertThat(provisioner.provision().get()).contains(tables.connections() + " created, TTL enabled on 'ttl'");
        assertThat(provisioner.provision().get())
                .isEqualTo(String.join("; ", tables.all().stream().map(t -> t + " found").toList()));
        assertThat(indexes(tables.connections())).containsExactlyInAnyOrder("UserIndex", "TenantIndex");
        assertThat(indexes(tables.requests())).containsExactlyInAnyOrder("ConnectionIndex", "StatusIndex",
                "LeaseIndex");
        assertThat(indexes(tables.subscriptions())).containsExactlyInAnyOrder("ConnectionIndex", "RequestIndex");
        for (String table : tables.all()) {
            assertThat(client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription().timeToLiveStatus())
                    .isEqualTo(TimeToLiveStatus.ENABLED);
        }
        assertThat(new TableHealthCheck("realtime: dynamodb", client, tables.all()).check().get()).endsWith("ACTIVE");
    }

    @Test
    void the_health_check_names_a_missing_table() {
        Problem problem = new TableHealthCheck("realtime: dynamodb", client, tables.all()).check().getLeft();
        assertThat(problem).isInstanceOf(Problem.Unavailable.class);
        assertThat(problem.message()).contains(tables.connections()).contains("portside setup");
    }

    private List<String> indexes(String table) {
        return client.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).toList();
    }
}
