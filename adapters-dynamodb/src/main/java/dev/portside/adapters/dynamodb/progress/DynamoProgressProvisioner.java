package dev.portside.adapters.dynamodb.progress;

import static dev.portside.adapters.dynamodb.progress.ProgressTables.*;

import dev.portside.adapters.dynamodb.support.TableProvisioner;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Index;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Table;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates the progress table with its two GSIs; idempotent. */
public final class DynamoProgressProvisioner implements Provisioner {

    private final TableProvisioner provisioner;
    private final ProgressTables tables;

    public DynamoProgressProvisioner(DynamoDbClient client, ProgressTables tables) {
        this.provisioner = new TableProvisioner(client);
        this.tables = tables;
    }

    @Override
    public String name() {
        return "dynamodb table " + tables.entries();
    }

    @Override
    public Either<Problem, String> provision() {
        return provisioner.ensure(List.of(Table.of(tables.entries(), PK, SK, List.of(
                new Index(USER_CERT_INDEX, USER_CERT_KEY, USER_CERT_SORT), new Index(TIME_INDEX, TIME_KEY, TIME_SORT)))));
    }
}
