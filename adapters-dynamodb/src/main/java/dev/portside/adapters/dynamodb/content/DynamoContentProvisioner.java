package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentTables.*;

import dev.portside.adapters.dynamodb.support.TableProvisioner;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Index;
import dev.portside.adapters.dynamodb.support.TableProvisioner.Table;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates the content item table with its three GSIs and the history table; idempotent. */
public final class DynamoContentProvisioner implements Provisioner {

    private final TableProvisioner provisioner;
    private final ContentTables tables;

    public DynamoContentProvisioner(DynamoDbClient client, ContentTables tables) {
        this.provisioner = new TableProvisioner(client);
        this.tables = tables;
    }

    @Override
    public String name() {
        return "dynamodb tables " + tables.items() + ", " + tables.history();
    }

    @Override
    public Either<Problem, String> provision() {
        return provisioner.ensure(List.of(
                Table.of(tables.items(), PK, SK, List.of(new Index(CERT_INDEX, CERT_KEY, CERT_SORT),
                        new Index(CATEGORY_INDEX, CATEGORY_KEY, CATEGORY_SORT), new Index(TYPE_INDEX, TYPE_KEY, TYPE_SORT))),
                Table.of(tables.history(), HISTORY_PK, HISTORY_SK, List.of())));
    }
}
