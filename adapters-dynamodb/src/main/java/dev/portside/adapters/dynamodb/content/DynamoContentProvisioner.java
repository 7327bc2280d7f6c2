package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentTables.*;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates the content item table with its three GSIs and the history table; idempotent. */
public final class DynamoContentProvisioner implements Provisioner {

    private final DynamoTableMaker maker;
    private final ContentTables tables;

    public DynamoContentProvisioner(DynamoDbClient client, ContentTables tables) {
        this.maker = new DynamoTableMaker(client);
        this.tables = tables;
    }

    @Override
    public String name() {
        return "dynamodb tables " + tables.items() + ", " + tables.history();
    }

    @Override
    public Either<Problem, String> provision() {
        return DynamoCalls.guard(() -> Either.right(maker.ensure(tables.items(), PK, SK, List.of(
                new DynamoTableMaker.Index(CERT_INDEX, CERT_KEY, CERT_SORT),
                new DynamoTableMaker.Index(CATEGORY_INDEX, CATEGORY_KEY, CATEGORY_SORT),
                new DynamoTableMaker.Index(TYPE_INDEX, TYPE_KEY, TYPE_SORT)))
                + "; " + maker.ensure(tables.history(), HISTORY_PK, HISTORY_SK, List.of())));
    }
}
