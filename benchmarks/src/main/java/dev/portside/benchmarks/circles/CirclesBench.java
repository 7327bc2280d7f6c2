package dev.portside.benchmarks.circles;

import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.circles.DynamoResourceRepository;
import dev.portside.adapters.dynamodb.circles.DynamoStoryRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A provisioned community table on the DynamoDB test server, shared by the circles benchmarks. */
final class CirclesBench {

    final DynamoDbClient client;
    final CirclesTable table;
    final Ports ports;

    CirclesBench() {
        client = DynamoDbBackend.shared().client();
        table = new CirclesTable(client, DynamoDbBackend.uniquePrefix() + "circles-bench",
                CursorCodec.fromSecret("benchmark"));
        new DynamoCirclesProvisioner(table).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
        ports = new Ports(new DynamoMemberRepository(table), new DynamoCircleRepository(table),
                new DynamoStoryRepository(table), new DynamoBusinessRepository(table),
                new DynamoResourceRepository(table), Clock.systemUTC(), IdGenerator.random());
    }
}
