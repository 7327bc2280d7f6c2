package dev.portside.adapters.dynamodb.content;

import static dev.portside.adapters.dynamodb.content.ContentItemMapper.INSTANT;
import static dev.portside.adapters.dynamodb.content.ContentItemMapper.SEP;
import static dev.portside.adapters.dynamodb.content.ContentItemMapper.n;
import static dev.portside.adapters.dynamodb.content.ContentItemMapper.s;
import static dev.portside.adapters.dynamodb.content.ContentTables.*;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * {@link ContentRepository} on DynamoDB (the seed's table, tenant in every key). Writes put the item
 * under a revision condition and its version snapshot into the history table in one transaction;
 * listings query sparse GSIs and page exactly; failures become {@code Unavailable}.
 */
public final class DynamoContentRepository implements ContentRepository {

    private final DynamoDbClient client;
    private final ContentTables tables;
    private final DynamoPager pager;
    private final DynamoHistoryCleaner cleaner;

    public DynamoContentRepository(DynamoDbClient client, ContentTables tables, CursorCodec cursors) {
        this.client = client;
        this.tables = tables;
        this.pager = new DynamoPager(client, cursors);
        this.cleaner = new DynamoHistoryCleaner(client, tables);
    }

    @Override
    public Either<Problem, ContentItem> create(ContentItem item) {
        ContentItem stored = item.withRevision(Revision.INITIAL);
        return DynamoCalls.guard(() -> write(stored, "attribute_not_exists(" + PK + ")", Map.of())
                ? Either.right(stored)
                : Either.left(new Problem.AlreadyExists("content", item.key().toString())));
    }

    @Override
    public Either<Problem, ContentItem> save(ContentItem item) {
        ContentItem stored = item.withRevision(item.revision().next());
        return DynamoCalls.guard(() -> write(stored, "revision = :expected", Map.of(":expected", n(item.revision().value())))
                ? Either.right(stored)
                : Either.left(conflict(item.tenant(), item.key(), item.revision())));
    }

    @Override
    public Either<Problem, ContentKey> delete(TenantId tenant, ContentKey key, Revision expected) {
        return DynamoCalls.guard(() -> {
            try {
                client.deleteItem(b -> b.tableName(tables.items()).key(ContentItemMapper.key(tenant, key))
                        .conditionExpression("revision = :expected")
                        .expressionAttributeValues(Map.of(":expected", n(expected.value()))));
            } catch (ConditionalCheckFailedException e) {
                return Either.left(conflict(tenant, key, expected));
            }
            cleaner.clear(tenant, key);
            return Either.right(key);
        });
    }

    @Override
    public Either<Problem, Option<ContentItem>> find(TenantId tenant, ContentKey key) {
        return DynamoCalls.guard(() -> Either.right(read(tenant, key)));
    }

    @Override
    public Either<Problem, List<ContentItem>> findAllCertifications(TenantId tenant, ContentId id) {
        return DynamoCalls.guard(() -> {
            List<ContentItem> found = new ArrayList<>();
            QueryRequest request = QueryRequest.builder().tableName(tables.items()).consistentRead(true)
                    .keyConditionExpression(PK + " = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(ContentItemMapper.partition(tenant, id)))).build();
            client.queryPaginator(request).items().forEach(i -> found.add(ContentItemMapper.fromItem(i)));
            return Either.right(found);
        });
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCertification(TenantId tenant, CertificationType cert, PageRequest page) {
        QueryRequest query = index(CERT_INDEX, CERT_KEY + " = :k", Map.of(":k", s(tenant.value() + "#" + cert)));
        return pager.page(query, List.of(PK, SK, CERT_KEY, CERT_SORT), tenant, "content.byCert|" + cert, page,
                ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCategory(TenantId tenant, String category,
                                                            Option<CertificationType> cert, PageRequest page) {
        String fingerprint = "content.byCategory|" + category + "|" + cert.map(Enum::name).getOrElse("*");
        if (cert.isDefined()) {
            QueryRequest query = index(CERT_INDEX, CERT_KEY + " = :k AND begins_with(" + CERT_SORT + ", :prefix)",
                    Map.of(":k", s(tenant.value() + "#" + cert.get()), ":prefix", s(category + SEP)));
            return pager.page(query, List.of(PK, SK, CERT_KEY, CERT_SORT), tenant, fingerprint, page,
                    ContentItemMapper::fromItem);
        }
        QueryRequest query = index(CATEGORY_INDEX, CATEGORY_KEY + " = :k", Map.of(":k", s(tenant.value() + "#" + category)));
        return pager.page(query, List.of(PK, SK, CATEGORY_KEY, CATEGORY_SORT), tenant, fingerprint, page,
                ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByType(TenantId tenant, ContentType type, Instant from, Instant to,
                                                        PageRequest page) {
        QueryRequest query = index(TYPE_INDEX, TYPE_KEY + " = :k AND " + TYPE_SORT + " BETWEEN :from AND :to",
                Map.of(":k", s(tenant.value() + "#" + type), ":from", s(INSTANT.format(from)), ":to", s(INSTANT.format(to))));
        return pager.page(query, List.of(PK, SK, TYPE_KEY, TYPE_SORT), tenant,
                "content.byType|" + type + "|" + from + "|" + to, page, ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ContentItem>> history(TenantId tenant, ContentKey key, PageRequest page) {
        QueryRequest query = QueryRequest.builder().tableName(tables.history()).consistentRead(true)
                .scanIndexForward(false).keyConditionExpression(HISTORY_PK + " = :k")
                .expressionAttributeValues(Map.of(":k", s(ContentItemMapper.historyPartition(tenant, key)))).build();
        return pager.page(query, List.of(HISTORY_PK, HISTORY_SK), tenant, "content.history|" + key, page,
                ContentItemMapper::fromItem);
    }

    @Override
    public Either<Problem, Option<ContentItem>> asOf(TenantId tenant, ContentKey key, ContentVersion version) {
        return DynamoCalls.guard(() -> {
            Map<String, AttributeValue> found = client.getItem(b -> b.tableName(tables.history()).consistentRead(true)
                    .key(ContentItemMapper.historyKey(tenant, key, version))).item();
            return Either.right(found == null || found.isEmpty() ? Option.none()
                    : Option.of(ContentItemMapper.fromItem(found)));
        });
    }

    @Override
    public Either<Problem, Long> countActive(TenantId tenant, CertificationType cert) {
        return DynamoCalls.guard(() -> {
            QueryRequest query = index(CERT_INDEX, CERT_KEY + " = :k", Map.of(":k", s(tenant.value() + "#" + cert)))
                    .toBuilder().select(Select.COUNT).build();
            long count = 0;
            for (QueryResponse response : client.queryPaginator(query)) {
                count += response.count();
            }
            return Either.right(count);
        });
    }

    /** True when written; false when the item's condition failed. */
    private boolean write(ContentItem item, String condition, Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(tables.items()).item(ContentItemMapper.toItem(item))
                .conditionExpression(condition);
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        Put snapshot = Put.builder().tableName(tables.history()).item(ContentItemMapper.toSnapshot(item)).build();
        try {
            client.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().put(put.build()).build(),
                    TransactWriteItem.builder().put(snapshot).build()));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons() && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }

    private Option<ContentItem> read(TenantId tenant, ContentKey key) {
        Map<String, AttributeValue> found = client.getItem(b -> b.tableName(tables.items()).consistentRead(true)
                .key(ContentItemMapper.key(tenant, key))).item();
        return found == null || found.isEmpty() ? Option.none() : Option.of(ContentItemMapper.fromItem(found));
    }

    private Problem conflict(TenantId tenant, ContentKey key, Revision expected) {
        return new Problem.Conflict("content", key.toString(), expected, read(tenant, key).map(ContentItem::revision)
                .getOrNull());
    }

    private QueryRequest index(String index, String condition, Map<String, AttributeValue> values) {
        return QueryRequest.builder().tableName(tables.items()).indexName(index).keyConditionExpression(condition)
                .expressionAttributeValues(values).build();
    }
}
