package dev.portside.adapters.dynamodb.circles;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the community single table (PK/SK, on-demand billing) with GSI1..GSI4 ({@code GSInPK}/{@code GSInSK},
 * all attributes projected) and waits until it is active. Idempotent: an existing table is left as it is.
 */
public final class DynamoCirclesProvisioner implements Provisioner {

    private final CirclesTable table;

    public DynamoCirclesProvisioner(CirclesTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "dynamodb table " + table.name + " (circles)";
    }

    @Override
    public Either<Problem, String> provision() {
        return table.guard(() -> {
            try {
                table.client.describeTable(d -> d.tableName(table.name));
                return Either.right("table " + table.name + " already exists");
            } catch (ResourceNotFoundException missing) {
                try {
                    table.client.createTable(request());
                } catch (ResourceInUseException raced) {
                    return Either.right("table " + table.name + " already exists");
                }
                table.client.waiter().waitUntilTableExists(d -> d.tableName(table.name));
                return Either.right("created table " + table.name + " with GSI1..GSI4");
            }
        });
    }

    private CreateTableRequest request() {
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(attribute(Items.PK), attribute(Items.SK)));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String pk = "GSI" + i + "PK";
            String sk = "GSI" + i + "SK";
            attributes.add(attribute(pk));
            attributes.add(attribute(sk));
            indexes.add(GlobalSecondaryIndex.builder().indexName("GSI" + i)
                    .keySchema(key(pk, KeyType.HASH), key(sk, KeyType.RANGE))
                    .projection(p -> p.projectionType(ProjectionType.ALL)).build());
        }
        return CreateTableRequest.builder().tableName(table.name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes).keySchema(key(Items.PK, KeyType.HASH), key(Items.SK, KeyType.RANGE))
                .globalSecondaryIndexes(indexes).build();
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
