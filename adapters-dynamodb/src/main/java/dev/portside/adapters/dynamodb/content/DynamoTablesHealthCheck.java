package dev.portside.adapters.dynamodb.content;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Probes that an adapter's DynamoDB tables exist and reports their status. */
public final class DynamoTablesHealthCheck implements HealthCheck {

    private final String name;
    private final DynamoDbClient client;
    private final List<String> tables;

    public DynamoTablesHealthCheck(String name, DynamoDbClient client, List<String> tables) {
        this.name = name;
        this.client = client;
        this.tables = List.copyOf(tables);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Either<Problem, String> check() {
        return DynamoCalls.guard(() -> {
            List<String> states = new ArrayList<>();
            for (String table : tables) {
                states.add(table + " " + client.describeTable(b -> b.tableName(table)).table().tableStatusAsString());
            }
            return Either.right(String.join(", ", states));
        });
    }
}
