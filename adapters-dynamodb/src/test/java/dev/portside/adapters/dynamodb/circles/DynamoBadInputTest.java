package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.content.DynamoStores;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.Community;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.testkit.badinput.BadInputContract;
import io.vavr.control.Option;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The facades of the contexts DynamoDB stores (content, progress, circles) refuse bad input as the other profiles do. */
class DynamoBadInputTest extends BadInputContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static final Clock CLOCK = Clock.systemUTC();

    @Override
    protected Option<ContentCatalog> content() {
        return Option.of(new ContentCatalog(DynamoStores.get().content, CLOCK));
    }

    @Override
    protected Option<ProgressTracker> progress() {
        return Option.of(new ProgressTracker(DynamoStores.get().progress,
                new CatalogContentDirectory(DynamoStores.get().content), CLOCK));
    }

    @Override
    protected Option<Community> community() {
        return Option.of(new Community(DynamoCircles.ports(getClass(), CLOCK)));
    }
}
