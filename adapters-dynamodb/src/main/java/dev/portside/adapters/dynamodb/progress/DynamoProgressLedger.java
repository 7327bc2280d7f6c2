package dev.portside.adapters.dynamodb.progress;

import static dev.portside.adapters.dynamodb.progress.ProgressEntryMapper.INSTANT;
import static dev.portside.adapters.dynamodb.progress.ProgressEntryMapper.n;
import static dev.portside.adapters.dynamodb.progress.ProgressEntryMapper.s;
import static dev.portside.adapters.dynamodb.progress.ProgressTables.*;

import dev.portside.adapters.dynamodb.content.DynamoBatchWriter;
import dev.portside.adapters.dynamodb.content.DynamoCalls;
import dev.portside.adapters.dynamodb.content.DynamoPager;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.progress.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@link ProgressLedger} on DynamoDB (the seed's table, tenant in every key): conditional puts on
 * the revision, BatchGetItem by 100 and BatchWriteItem by 25 with unprocessed items retried,
 * GSI queries paged exactly; failures become {@code Unavailable}.
 */
public final class DynamoProgressLedger implements ProgressLedger {

    private static final int GET_CHUNK = 100;

    private final DynamoDbClient client;
    private final ProgressTables tables;
    private final DynamoPager pager;
    private final DynamoBatchWriter writer;

    public DynamoProgressLedger(DynamoDbClient client, ProgressTables tables, CursorCodec cursors) {
        this.client = client;
        this.tables = tables;
        this.pager = new DynamoPager(client, cursors);
        this.writer = new DynamoBatchWriter(client);
    }

    @Override
    public Either<Problem, ProgressEntry> create(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(Revision.INITIAL);
        return DynamoCalls.guard(() -> {
            try {
                client.putItem(b -> b.tableName(tables.entries()).item(ProgressEntryMapper.toItem(stored))
                        .conditionExpression("attribute_not_exists(" + PK + ")"));
                return Either.right(stored);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(new Problem.AlreadyExists("progress", entry.key().toString()));
            }
        });
    }

    @Override
    public Either<Problem, ProgressEntry> save(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(entry.revision().next());
        return DynamoCalls.guard(() -> {
            try {
                client.putItem(b -> b.tableName(tables.entries()).item(ProgressEntryMapper.toItem(stored))
                        .conditionExpression("revision = :expected")
                        .expressionAttributeValues(Map.of(":expected", n(entry.revision().value()))));
                return Either.right(stored);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(conflict(entry.tenant(), entry.key(), entry.revision()));
            }
        });
    }

    @Override
    public Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey key, Revision expected) {
        return DynamoCalls.guard(() -> {
            try {
                client.deleteItem(b -> b.tableName(tables.entries()).key(ProgressEntryMapper.key(tenant, key))
                        .conditionExpression("revision = :expected")
                        .expressionAttributeValues(Map.of(":expected", n(expected.value()))));
                return Either.right(key);
            } catch (ConditionalCheckFailedException e) {
                return Either.left(conflict(tenant, key, expected));
            }
        });
    }

    @Override
    public Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key) {
        return DynamoCalls.guard(() -> Either.right(read(tenant, key)));
    }

    @Override
    public Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys) {
        return DynamoCalls.guard(() -> {
            List<Map<String, AttributeValue>> wanted = new ArrayList<>(new LinkedHashSet<>(keys)).stream()
                    .map(k -> ProgressEntryMapper.key(tenant, k)).toList();
            List<ProgressEntry> found = new ArrayList<>();
            for (int from = 0; from < wanted.size(); from += GET_CHUNK) {
                List<Map<String, AttributeValue>> pending = wanted.subList(from, Math.min(wanted.size(), from + GET_CHUNK));
                for (int attempt = 0; !pending.isEmpty(); attempt++) {
                    List<Map<String, AttributeValue>> chunk = pending;
                    BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(Map.of(tables.entries(),
                            KeysAndAttributes.builder().keys(chunk).consistentRead(true).build())));
                    response.responses().getOrDefault(tables.entries(), List.of())
                            .forEach(i -> found.add(ProgressEntryMapper.fromItem(i)));
                    KeysAndAttributes left = response.unprocessedKeys().get(tables.entries());
                    pending = left == null ? List.of() : left.keys();
                    if (!pending.isEmpty() && (attempt > 30 || !DynamoCalls.backoff(attempt))) {
                        return Either.left(new Problem.Unavailable("dynamodb", true, "keys left unprocessed"));
                    }
                }
            }
            return Either.right(found);
        });
    }

    @Override
    public Either<Problem, Integer> importAll(TenantId tenant, List<ProgressEntry> entries) {
        List<WriteRequest> puts = entries.stream().map(e -> WriteRequest.builder().putRequest(PutRequest.builder()
                .item(ProgressEntryMapper.toItem(e.withRevision(Revision.INITIAL))).build()).build()).toList();
        return DynamoCalls.guard(() -> writer.writeAll(tables.entries(), puts));
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byUser(TenantId tenant, UserId user, Option<CertificationType> cert,
                                                      PageRequest page) {
        String fingerprint = "progress.byUser|" + user + "|" + cert.map(Enum::name).getOrElse("*");
        if (cert.isDefined()) {
            QueryRequest query = QueryRequest.builder().tableName(tables.entries()).indexName(USER_CERT_INDEX)
                    .keyConditionExpression(USER_CERT_KEY + " = :k")
                    .expressionAttributeValues(Map.of(":k", s(tenant.value() + "#" + user.value() + "#" + cert.get())))
                    .build();
            return pager.page(query, List.of(PK, SK, USER_CERT_KEY, USER_CERT_SORT), tenant, fingerprint, page,
                    ProgressEntryMapper::fromItem);
        }
        QueryRequest query = QueryRequest.builder().tableName(tables.entries()).consistentRead(true)
                .keyConditionExpression(PK + " = :k")
                .expressionAttributeValues(Map.of(":k", s(tenant.value() + "#" + user.value()))).build();
        return pager.page(query, List.of(PK, SK), tenant, fingerprint, page, ProgressEntryMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType cert, Instant from,
                                                               Instant to, PageRequest page) {
        QueryRequest query = QueryRequest.builder().tableName(tables.entries()).indexName(TIME_INDEX)
                .keyConditionExpression(TIME_KEY + " = :k AND " + TIME_SORT + " BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":k", s(tenant.value() + "#" + cert), ":from", s(INSTANT.format(from)),
                        ":to", s(INSTANT.format(to)))).build();
        return pager.page(query, List.of(PK, SK, TIME_KEY, TIME_SORT), tenant,
                "progress.byCert|" + cert + "|" + from + "|" + to, page, ProgressEntryMapper::fromItem);
    }

    private Option<ProgressEntry> read(TenantId tenant, ProgressKey key) {
        Map<String, AttributeValue> found = client.getItem(b -> b.tableName(tables.entries()).consistentRead(true)
                .key(ProgressEntryMapper.key(tenant, key))).item();
        return found == null || found.isEmpty() ? Option.none() : Option.of(ProgressEntryMapper.fromItem(found));
    }

    private Problem conflict(TenantId tenant, ProgressKey key, Revision expected) {
        return new Problem.Conflict("progress", key.toString(), expected,
                read(tenant, key).map(ProgressEntry::revision).getOrNull());
    }
}
