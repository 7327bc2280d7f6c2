package dev.portside.adapters.dynamodb.circles;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;

/** Probes the community table: it must exist and be ACTIVE. */
public final class DynamoCirclesHealthCheck implements HealthCheck {

    private final CirclesTable table;

    public DynamoCirclesHealthCheck(CirclesTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "circles: dynamodb";
    }

    @Override
    public Either<Problem, String> check() {
        return table.guard(() -> {
            String status = table.client.describeTable(d -> d.tableName(table.name)).table().tableStatusAsString();
            return "ACTIVE".equals(status) ? Either.right("table " + table.name + " is ACTIVE")
                    : Either.left(new Problem.Unavailable("dynamodb", true, "table " + table.name + " is " + status));
        });
    }
}
