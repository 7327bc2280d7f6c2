package dev.portside.adapters.dynamodb.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.VersionBump;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.testkit.content.ContentFixtures;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Purging an item on DynamoDB deletes it and its history together: a purge that stops halfway leaves the item
 * with (part of) its history, never history without its item, and running the same purge again finishes it.
 */
class DynamoContentPurgeTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static ContentTables tables;

    @BeforeAll
    static void tables() {
        tables = ContentTables.withPrefix(DynamoDbBackend.uniquePrefix());
        new DynamoContentProvisioner(BACKEND.client(), tables).provision().get();
    }

    private static DynamoContentRepository repository(DynamoDbClient client) {
        return new DynamoContentRepository(client, tables, DynamoStores.CODEC);
    }

    /** An item revised until it has {@code versions} history snapshots. */
    private static ContentItem itemWithVersions(DynamoContentRepository repository, String id, int versions) {
        ContentItem item = repository.create(ContentFixtures.item(ContentFixtures.freshTenant(), id,
                CertificationType.SAA)).get();
        for (int i = 1; i < versions; i++) {
            item = item.revise(item.details(), VersionBump.PATCH, ContentFixtures.T0).flatMap(repository::save).get();
        }
        return item;
    }

    private static int historySize(DynamoContentRepository repository, ContentItem item) {
        return ContentFixtures.readAll(100, p -> repository.history(item.tenant(), item.key(), p)).get().size();
    }

    @Test
    void anItemWithMoreVersionsThanOneTransactionHoldsIsPurgedWithItsWholeHistory() {
        DynamoContentRepository repository = repository(BACKEND.client());
        ContentItem item = itemWithVersions(repository, "long-lived", 130);
        assertThat(historySize(repository, item)).isEqualTo(130);

        assertThat(repository.delete(item.tenant(), item.key(), item.revision()).get()).isEqualTo(item.key());

        assertThat(repository.find(item.tenant(), item.key()).get()).isEmpty();
        assertThat(repository.history(item.tenant(), item.key(), PageRequest.first(10)).get().items()).isEmpty();
    }

    @Test
    void aPurgeThatStopsHalfwayLeavesNoOrphanHistoryAndFinishesWhenRunAgain() {
        FaultInjector refuseTransactions = new FaultInjector(5, 1.0, List.of(new Fault.Refused("500",
                Set.of("TransactWriteItems"), () -> (DynamoDbException) DynamoDbException.builder().statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build())));
        DynamoDbClient failing = DynamoDbClient.builder().endpointOverride(BACKEND.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test"))
                .overrideConfiguration(c -> c.retryStrategy(RetryMode.STANDARD).addExecutionInterceptor(refuseTransactions))
                .build();
        DynamoContentRepository healthy = repository(BACKEND.client());
        ContentItem item = itemWithVersions(healthy, "stopped-purge", 120);

        refuseTransactions.start();
        Problem stopped = repository(failing).delete(item.tenant(), item.key(), item.revision()).getLeft();
        refuseTransactions.stop();

        assertThat(stopped).isInstanceOfSatisfying(Problem.Unavailable.class, u -> assertThat(u.retriable()).isTrue());
        assertThat(healthy.find(item.tenant(), item.key()).get()).contains(item);
        assertThat(historySize(healthy, item)).isBetween(1, 99);

        assertThat(healthy.delete(item.tenant(), item.key(), item.revision()).get()).isEqualTo(item.key());
        assertThat(healthy.find(item.tenant(), item.key()).get()).isEmpty();
        assertThat(healthy.history(item.tenant(), item.key(), PageRequest.first(10)).get().items()).isEmpty();
    }

    @Test
    void aSnapshotKeyedByItsVersionAloneIsStillFoundAndListed() {
        DynamoContentRepository repository = repository(BACKEND.client());
        ContentItem item = itemWithVersions(repository, "old-keys", 1);
        java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> old =
                new java.util.HashMap<>(ContentItemMapper.toSnapshot(item));
        old.put(ContentTables.HISTORY_SK, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                item.version().sortKey()));
        BACKEND.client().deleteItem(b -> b.tableName(tables.history()).key(ContentItemMapper.historyKey(item)));
        BACKEND.client().putItem(b -> b.tableName(tables.history()).item(old));

        assertThat(repository.asOf(item.tenant(), item.key(), item.version()).get()).contains(item);
        ContentItem revised = item.revise(item.details(), VersionBump.PATCH, ContentFixtures.T0)
                .flatMap(repository::save).get();
        assertThat(ContentFixtures.readAll(1, p -> repository.history(item.tenant(), item.key(), p)).get())
                .containsExactly(revised, item);
    }

    @Test
    void aStaleRevisionDeletesNothingNotEvenOldHistory() {
        DynamoContentRepository repository = repository(BACKEND.client());
        ContentItem item = itemWithVersions(repository, "stale-purge", 105);

        assertThat(repository.delete(item.tenant(), item.key(), ContentFixtures.item(item.tenant(), "x",
                CertificationType.SAA).revision()).getLeft()).isInstanceOf(Problem.Conflict.class);

        assertThat(historySize(repository, item)).isEqualTo(105);
    }
}
