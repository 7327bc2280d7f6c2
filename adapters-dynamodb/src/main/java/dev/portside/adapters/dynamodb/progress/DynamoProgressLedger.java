package dev.portside.adapters.dynamodb.progress;

import static dev.portside.adapters.dynamodb.progress.ProgressEntryMapper.INSTANT;
import static dev.portside.adapters.dynamodb.progress.ProgressTables.*;
import static dev.portside.adapters.dynamodb.support.Attributes.s;

import dev.portside.adapters.dynamodb.support.Batches;
import dev.portside.adapters.dynamodb.support.Guard;
import dev.portside.adapters.dynamodb.support.Pager;
import dev.portside.adapters.dynamodb.support.RevisionedWrites;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Retry;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@link ProgressLedger} on DynamoDB (the seed's table, tenant in every key): conditional puts on
 * the revision, BatchGetItem by 100, imports as transactions of 100 puts-if-absent (a key a concurrent
 * write took is left to the caller),
 * GSI queries paged exactly; failures become {@code Unavailable}.
 */
public final class DynamoProgressLedger implements ProgressLedger {

    private static final String KIND = "progress";
    private static final int ATTEMPTS = 5;

    private final ProgressTables tables;
    private final RevisionedWrites writes;
    private final Pager pager;
    private final Batches batches;

    public DynamoProgressLedger(DynamoDbClient client, ProgressTables tables, CursorCodec cursors) {
        this.tables = tables;
        this.writes = new RevisionedWrites(client, tables.entries(), PK, "revision", RevisionedWrites.Gone.CONFLICT);
        this.pager = new Pager(client, cursors);
        this.batches = new Batches(client);
    }

    @Override
    public Either<Problem, ProgressEntry> create(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(Revision.INITIAL);
        return writes.create(KIND, entry.key().toString(), ProgressEntryMapper.toItem(stored)).map(stored::withRevision);
    }

    @Override
    public Either<Problem, ProgressEntry> save(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(entry.revision().next());
        return writes.save(KIND, entry.key().toString(), ProgressEntryMapper.toItem(stored), entry.revision())
                .map(stored::withRevision);
    }

    @Override
    public Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey key, Revision expected) {
        return writes.delete(KIND, key.toString(), ProgressEntryMapper.key(tenant, key), expected).map(deleted -> key);
    }

    @Override
    public Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key) {
        return writes.read(ProgressEntryMapper.key(tenant, key), ProgressEntryMapper::fromItem);
    }

    @Override
    public Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys) {
        return batches.get(tables.entries(), keys.stream().map(k -> ProgressEntryMapper.key(tenant, k)).toList())
                .flatMap(found -> Guard.run(() -> Either.right(found.stream().map(ProgressEntryMapper::fromItem).toList())));
    }

    @Override
    public Either<Problem, List<ProgressKey>> importAll(TenantId tenant, List<ProgressEntry> entries) {
        List<ProgressKey> present = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += RevisionedWrites.MAX_TRANSACTION_ITEMS) {
            List<ProgressEntry> chunk = new ArrayList<>(entries.subList(from,
                    Math.min(entries.size(), from + RevisionedWrites.MAX_TRANSACTION_ITEMS)));
            Either<Problem, List<ProgressKey>> taken = createAbsent(chunk);
            if (taken.isLeft()) {
                return taken;
            }
            present.addAll(taken.get());
        }
        return Either.right(present);
    }

    /**
     * One transaction of puts-if-absent; an entry whose key a concurrent write took is left out and the rest
     * written again. A transaction cancelled by a concurrent one is retried with backoff.
     */
    private Either<Problem, List<ProgressKey>> createAbsent(List<ProgressEntry> chunk) {
        List<ProgressKey> present = new ArrayList<>();
        while (!chunk.isEmpty()) {
            List<TransactWriteItem> puts = chunk.stream()
                    .map(e -> writes.putNew(ProgressEntryMapper.toItem(e.withRevision(Revision.INITIAL)))).toList();
            Either<Problem, Option<RevisionedWrites.Refusal>> written = Retry.onConflict(ATTEMPTS,
                    () -> writes.transact(puts));
            if (written.isLeft()) {
                return Either.left(written.getLeft());
            }
            if (written.get().isEmpty()) {
                break;
            }
            present.add(chunk.remove(written.get().get().index()).key());
        }
        return Either.right(present);
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
            return pager.page(new Pager.Query(query, List.of(PK, SK, USER_CERT_KEY, USER_CERT_SORT), fingerprint), tenant, page,
                    ProgressEntryMapper::fromItem);
        }
        QueryRequest query = QueryRequest.builder().tableName(tables.entries()).consistentRead(true)
                .keyConditionExpression(PK + " = :k")
                .expressionAttributeValues(Map.of(":k", s(tenant.value() + "#" + user.value()))).build();
        return pager.page(new Pager.Query(query, List.of(PK, SK), fingerprint), tenant, page, ProgressEntryMapper::fromItem);
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType cert, Instant from,
                                                               Instant to, PageRequest page) {
        QueryRequest query = QueryRequest.builder().tableName(tables.entries()).indexName(TIME_INDEX)
                .keyConditionExpression(TIME_KEY + " = :k AND " + TIME_SORT + " BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":k", s(tenant.value() + "#" + cert), ":from", s(INSTANT.format(from)),
                        ":to", s(INSTANT.format(to)))).build();
        return pager.page(new Pager.Query(query, List.of(PK, SK, TIME_KEY, TIME_SORT),
                "progress.byCert|" + cert + "|" + from + "|" + to), tenant, page, ProgressEntryMapper::fromItem);
    }
}
