package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentItemMapper.SEP;
import static dev.portside.adapters.dynamodb.content.ContentTables.*;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.dynamodb.support.Batches;
import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link ContentRepository} on DynamoDB (the seed's table, tenant in every key). Writes put the item
 * under a revision condition and its version snapshot into the history table in one transaction;
 * listings query sparse GSIs and page exactly; failures become {@code Unavailable}.
 */
public final class DynamoContentRepository implements ContentRepository {

    private static final String KIND = "content";

    private final DynamoDbClient client;
    private final ContentTables tables;
    private final RevisionedWrites writes;
    private final Pager pager;
    private final Batches batches;

    public DynamoContentRepository(DynamoDbClient client, ContentTables tables, CursorCodec cursors) {
        this.client = client;
        this.tables = tables;
        this.writes = new RevisionedWrites(client, tables.items(), PK, "revision", RevisionedWrites.Gone.CONFLICT);
        this.pager = new Pager(client, cursors);
        this.batches = new Batches(client);
    }

    @Override
    public Either<Problem, ContentItem> create(ContentItem item) {
        ContentItem stored = item.withRevision(Revision.INITIAL);
        return writes.transact(withSnapshot(writes.putNew(ContentItemMapper.toItem(stored)), stored))
                .flatMap(refused -> refused.isEmpty() ? Either.right(stored)
                        : Either.left(new Problem.AlreadyExists(KIND, item.key().toString())));
    }

    @Override
    public Either<Problem, ContentItem> save(ContentItem item) {
        ContentItem stored = item.withRevision(item.revision().next());
        return writes.transact(withSnapshot(writes.putIfRevision(ContentItemMapper.toItem(stored), item.revision()), stored))
                .flatMap(refused -> refused.isEmpty() ? Either.right(stored)
                        : Either.left(writes.stale(KIND, item.key().toString(), item.revision(), refused.get().stood())));
    }

    /**
     * Deletes the item and its whole history in one transaction, so a purge that stops halfway leaves either
     * everything or nothing: never history without its item. An item with more snapshots than one transaction
     * holds first loses its oldest snapshots in batches (after its revision is checked), then the rest goes
     * with the item; if that stops halfway, running the same delete again finishes it.
     */
    @Override
    public Either<Problem, ContentKey> delete(TenantId tenant, ContentKey key, Revision expected) {
        Map<String, AttributeValue> itemKey = ContentItemMapper.key(tenant, key);
        return snapshotKeys(tenant, key)
                .flatMap(snapshots -> trimOldest(tenant, key, expected, snapshots, RevisionedWrites.MAX_TRANSACTION_ITEMS - 1))
                .flatMap(rest -> writes.transact(Stream.concat(Stream.of(writes.deleteIfRevision(itemKey, expected)),
                        rest.stream().map(snapshot -> TransactWriteItem.builder().delete(d -> d.tableName(tables.history())
                                .key(snapshot)).build())).toList()))
                .flatMap(refused -> refused.isEmpty() ? Either.right(key)
                        : Either.left(writes.stale(KIND, key.toString(), expected, refused.get().stood())));
    }

    @Override
    public Either<Problem, Option<ContentItem>> find(TenantId tenant, ContentKey key) {
        return writes.read(ContentItemMapper.key(tenant, key), ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, List<ContentItem>> findAllCertifications(TenantId tenant, ContentId id) {
        return pager.all(QueryRequest.builder().tableName(tables.items()).consistentRead(true)
                .keyConditionExpression(PK + " = :pk")
                .expressionAttributeValues(Map.of(":pk", s(ContentItemMapper.partition(tenant, id)))).build(),
                ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCertification(TenantId tenant, CertificationType cert, PageRequest page) {
        QueryRequest query = index(CERT_INDEX, CERT_KEY + " = :k", Map.of(":k", s(tenant.value() + "#" + cert)));
        return pager.page(new Pager.Query(query, List.of(PK, SK, CERT_KEY, CERT_SORT), "content.byCert|" + cert),
                tenant, page, ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCategory(TenantId tenant, String category,
                                                            Option<CertificationType> cert, PageRequest page) {
        String fingerprint = "content.byCategory|" + category + "|" + cert.map(Enum::name).getOrElse("*");
        if (cert.isDefined()) {
            QueryRequest query = index(CERT_INDEX, CERT_KEY + " = :k AND begins_with(" + CERT_SORT + ", :prefix)",
                    Map.of(":k", s(tenant.value() + "#" + cert.get()), ":prefix", s(category + SEP)));
            return pager.page(new Pager.Query(query, List.of(PK, SK, CERT_KEY, CERT_SORT), fingerprint), tenant, page,
                    ContentItemMapper::fromItem);
        }
        QueryRequest query = index(CATEGORY_INDEX, CATEGORY_KEY + " = :k", Map.of(":k", s(tenant.value() + "#" + category)));
        return pager.page(new Pager.Query(query, List.of(PK, SK, CATEGORY_KEY, CATEGORY_SORT), fingerprint), tenant,
                page, ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByType(TenantId tenant, ContentType type, Instant from, Instant to,
                                                        PageRequest page) {
        QueryRequest query = index(TYPE_INDEX, TYPE_KEY + " = :k AND " + TYPE_SORT + " BETWEEN :from AND :to",
                Map.of(":k", s(tenant.value() + "#" + type), ":from", s(ContentItemMapper.format(from)),
                        ":to", s(ContentItemMapper.format(to))));
        return pager.page(new Pager.Query(query, List.of(PK, SK, TYPE_KEY, TYPE_SORT),
                "content.byType|" + type + "|" + from + "|" + to), tenant, page, ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> history(TenantId tenant, ContentKey key, PageRequest page) {
        return pager.page(new Pager.Query(historyOf(tenant, key).toBuilder().scanIndexForward(false).build(),
                List.of(HISTORY_PK, HISTORY_SK), "content.history|" + key), tenant, page, ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Option<ContentItem>> asOf(TenantId tenant, ContentKey key, ContentVersion version) {
        // The newest snapshot of that version; a snapshot written before history keys carried the revision is
        // keyed by the version's sort key alone, which the range also takes.
        String first = version.sortKey();
        return Guard.run(() -> Either.right(Option.ofOptional(client.query(b -> b.tableName(tables.history())
                .consistentRead(true).scanIndexForward(false).limit(1)
                .keyConditionExpression(HISTORY_PK + " = :k AND " + HISTORY_SK + " BETWEEN :first AND :last")
                .expressionAttributeValues(Map.of(":k", s(ContentItemMapper.historyPartition(tenant, key)),
                        ":first", s(first), ":last", s(ContentItem.historyPrefix(version) + "~"))))
                .items().stream().findFirst()).map(ContentItemMapper::fromItem)));
    }

    @Override
    public Either<Problem, Long> countActive(TenantId tenant, CertificationType cert) {
        return Guard.run(() -> {
            QueryRequest query = index(CERT_INDEX, CERT_KEY + " = :k", Map.of(":k", s(tenant.value() + "#" + cert)))
                    .toBuilder().select(Select.COUNT).build();
            long count = 0;
            for (QueryResponse response : client.queryPaginator(query)) {
                count += response.count();
            }
            return Either.right(count);
        });
    }

    private List<TransactWriteItem> withSnapshot(TransactWriteItem write, ContentItem item) {
        return List.of(write, TransactWriteItem.builder().put(p -> p.tableName(tables.history())
                .item(ContentItemMapper.toSnapshot(item))).build());
    }

    /** The keys of every history snapshot of an item, oldest first. */
    private Either<Problem, List<Map<String, AttributeValue>>> snapshotKeys(TenantId tenant, ContentKey key) {
        return pager.all(historyOf(tenant, key).toBuilder().projectionExpression(HISTORY_PK + ", " + HISTORY_SK).build(),
                snapshot -> snapshot);
    }

    /**
     * Deletes the oldest snapshots until at most {@code keep} remain; the keys of those that remain. When all fit,
     * nothing is read or written here: the transaction's own condition checks the revision. Otherwise the item's
     * revision is read first, so a stale purge deletes no history.
     */
    private Either<Problem, List<Map<String, AttributeValue>>> trimOldest(TenantId tenant, ContentKey key,
                                                                        Revision expected,
                                                                        List<Map<String, AttributeValue>> snapshots,
                                                                        int keep) {
        if (snapshots.size() <= keep) {
            return Either.right(snapshots);
        }
        List<Map<String, AttributeValue>> oldest = snapshots.subList(0, snapshots.size() - keep);
        return writes.read(ContentItemMapper.key(tenant, key), writes::revisionOf).flatMap(stored -> stored
                .contains(expected) ? Either.right(stored)
                : Either.<Problem, Option<Revision>>left(new Problem.Conflict(KIND, key.toString(), expected,
                        stored.getOrNull()))).flatMap(checked -> batches.write(tables.history(), oldest.stream().map(snapshot -> WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder().key(snapshot).build()).build()).toList()))
                .map(deleted -> snapshots.subList(snapshots.size() - keep, snapshots.size()));
    }

    private QueryRequest historyOf(TenantId tenant, ContentKey key) {
        return QueryRequest.builder().tableName(tables.history()).consistentRead(true)
                .keyConditionExpression(HISTORY_PK + " = :k")
                .expressionAttributeValues(Map.of(":k", s(ContentItemMapper.historyPartition(tenant, key)))).build();
    }

    private QueryRequest index(String index, String condition, Map<String, AttributeValue> values) {
        return QueryRequest.builder().tableName(tables.items()).indexName(index).keyConditionExpression(condition)
                .expressionAttributeValues(values).build();
    }
}
