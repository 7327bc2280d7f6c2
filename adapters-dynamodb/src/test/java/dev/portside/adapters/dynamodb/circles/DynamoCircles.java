package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** One provisioned community table per test class on the shared DynamoDB test server. */
final class DynamoCircles {

    static final CursorCodec CODEC = CursorCodec.fromSecret("dynamodb circles test key");
    private static final Map<Class<?>, CirclesTable> TABLES = new HashMap<>();

    private DynamoCircles() {
    }

    static synchronized CirclesTable table(Class<?> testClass) {
        return TABLES.computeIfAbsent(testClass, c -> {
            CirclesTable table = new CirclesTable(DynamoDbBackend.shared().client(),
                    DynamoDbBackend.uniquePrefix() + "circles", CODEC);
            new DynamoCirclesProvisioner(table).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
            return table;
        });
    }

    static Ports ports(Class<?> testClass, Clock clock) {
        CirclesTable table = table(testClass);
        return new Ports(new DynamoMemberRepository(table), new DynamoCircleRepository(table),
                new DynamoStoryRepository(table), new DynamoBusinessRepository(table),
                new DynamoResourceRepository(table), clock, IdGenerator.random());
    }
}
