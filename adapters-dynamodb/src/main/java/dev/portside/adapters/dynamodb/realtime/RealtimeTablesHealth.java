package dev.portside.adapters.dynamodb.realtime;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Probes that the realtime hub's three tables exist and are ACTIVE. */
public final class RealtimeTablesHealth implements HealthCheck {

    private final DynamoDbClient client;
    private final RealtimeTables tables;

    public RealtimeTablesHealth(DynamoDbClient client, RealtimeTables tables) {
        this.client = client;
        this.tables = tables;
    }

    @Override
    public String name() {
        return "realtime: dynamodb";
    }

    @Override
    public Either<Problem, String> check() {
        return DynamoErrors.guard(() -> {
            for (String table : tables.all()) {
                try {
                    TableStatus status = client.describeTable(b -> b.tableName(table)).table().tableStatus();
                    if (status != TableStatus.ACTIVE) {
                        return Either.left(new Problem.Unavailable(DynamoErrors.BACKEND, true,
                                "table " + table + " is " + status));
                    }
                } catch (ResourceNotFoundException e) {
                    return Either.left(new Problem.Unavailable(DynamoErrors.BACKEND, false,
                            "table " + table + " is missing; run `portside setup`"));
                }
            }
            return Either.right(String.join(", ", tables.all()) + " ACTIVE");
        });
    }
}
