package dev.portside.bootstrap.circles.migration;

import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.circles.DynamoResourceRepository;
import dev.portside.adapters.dynamodb.circles.DynamoStoryRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.application.circles.Ports;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;

/**
 * The migration into the DynamoDB single table on the test server, through a client whose story writes (PutItem)
 * a seeded {@link FaultInjector} refuses with 500s while broken.
 */
@ExtendWith(DynamoDbBackend.class)
class DynamoSqliteImportTest extends SqliteImportContract {

    private final FaultInjector injector = new FaultInjector(13, 1.0, List.of(new Fault.Refused("500 on PutItem",
            Set.of("PutItem"), () -> InternalServerErrorException.builder().statusCode(500)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").serviceName("DynamoDb")
                    .errorMessage("injected").build()).build())));

    @Override
    Ports target() {
        CirclesTable table = new CirclesTable(DynamoFaults.client(injector), DynamoDbBackend.uniquePrefix()
                + "migration", CursorCodec.fromSecret("dynamodb migration test"));
        new DynamoCirclesProvisioner(table).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
        return new Ports(new DynamoMemberRepository(table), new DynamoCircleRepository(table),
                new DynamoStoryRepository(table), new DynamoBusinessRepository(table),
                new DynamoResourceRepository(table), Clock.systemUTC(), IdGenerator.random());
    }

    @Override
    void breakStoryWrites(Ports ports) {
        injector.start();
    }

    @Override
    void heal(Ports ports) {
        injector.stop();
    }
}
