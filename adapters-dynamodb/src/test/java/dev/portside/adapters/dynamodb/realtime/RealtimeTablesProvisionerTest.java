package dev.portside.adapters.dynamodb.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.adapters.dynamodb.support.TableProvisioner;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Index;
import io.vavr.control.Option;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
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
                .isEqualTo("unchanged: " + String.join("; ", tables.all().stream().map(t -> t + " found").toList()));
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
    void an_existing_requests_table_without_the_lease_index_gets_it_filled_with_the_items_it_already_holds() {
        new TableProvisioner(client).ensure(List.of(new TableProvisioner.Table(tables.requests(), RealtimeTables.PK,
                Option.none(), List.of(new Index(DynamoRequestQueue.CONNECTION_INDEX, RequestItems.CONNECTION_KEY,
                        RealtimeTables.SORT), new Index(DynamoRequestQueue.STATUS_INDEX, RequestItems.STATUS_KEY,
                        RealtimeTables.SORT)), Option.some(RealtimeTables.TTL)))).get();
        client.putItem(b -> b.tableName(tables.requests()).item(Map.of(RealtimeTables.PK, AttributeValue.fromS("r#1"),
                RequestItems.LEASE_KEY, AttributeValue.fromS("acme"), RequestItems.LEASE_SORT, AttributeValue.fromS("0001#r1"))));
        assertThat(indexes(tables.requests())).doesNotContain(DynamoRequestQueue.LEASE_INDEX);
        RealtimeTablesProvisioner provisioner = new RealtimeTablesProvisioner(client, tables);

        assertThat(provisioner.provision().get()).contains(tables.requests() + " found, index LeaseIndex added");

        assertThat(client.describeTable(b -> b.tableName(tables.requests())).table().globalSecondaryIndexes())
                .filteredOn(i -> i.indexName().equals(DynamoRequestQueue.LEASE_INDEX)).singleElement()
                .satisfies(i -> assertThat(i.indexStatus()).isEqualTo(IndexStatus.ACTIVE));
        assertThat(client.query(b -> b.tableName(tables.requests()).indexName(DynamoRequestQueue.LEASE_INDEX)
                .keyConditionExpression("#k = :k").expressionAttributeNames(Map.of("#k", RequestItems.LEASE_KEY))
                .expressionAttributeValues(Map.of(":k", AttributeValue.fromS("acme")))).items())
                .extracting(item -> item.get(RealtimeTables.PK).s()).containsExactly("r#1");
        assertThat(provisioner.provision().get()).startsWith("unchanged: ");
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
