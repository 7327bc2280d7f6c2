package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Probes that a context's DynamoDB tables exist and are ACTIVE: a missing table is a non-retriable Unavailable
 * naming it (run {@code portside setup}), a table still changing a retriable one.
 */
public final class TableHealthCheck implements HealthCheck {

    private final String name;
    private final DynamoDbClient client;
    private final List<String> tables;

    public TableHealthCheck(String name, DynamoDbClient client, List<String> tables) {
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
        return Guard.run(() -> {
            for (String table : tables) {
                try {
                    TableStatus status = client.describeTable(b -> b.tableName(table)).table().tableStatus();
                    if (status != TableStatus.ACTIVE) {
                        return Either.left(new Problem.Unavailable(Guard.BACKEND, true,
                                "DescribeTable: table " + table + " is " + status));
                    }
                } catch (ResourceNotFoundException e) {
                    return Either.left(new Problem.Unavailable(Guard.BACKEND, false,
                            "DescribeTable: table " + table + " is missing; run `portside setup`"));
                }
            }
            return Either.right(String.join(", ", tables) + " ACTIVE");
        });
    }
}
