package dev.portside.adapters.sql.content;

import static dev.portside.adapters.sql.content.ContentRows.ASSIGNMENTS;
import static dev.portside.adapters.sql.content.ContentRows.COLUMNS;
import static dev.portside.adapters.sql.content.ContentRows.VALUES;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ContentRepository} on PostgreSQL with JDBI: each write updates the item
 * ({@code UPDATE … WHERE revision = ?}) and upserts its version snapshot in one transaction;
 * listings use partial indexes and keyset paging; failures become {@code Unavailable}.
 */
public final class PostgresContentRepository implements ContentRepository {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String KEY = "tenant = :tenant AND content_id = :content_id AND certification = :certification";

    private final Jdbi jdbi;
    private final CursorCodec cursors;

    public PostgresContentRepository(Jdbi jdbi, CursorCodec cursors) {
        this.jdbi = jdbi;
        this.cursors = cursors;
    }

    @Override
    public Either<Problem, ContentItem> create(ContentItem item) {
        ContentItem stored = item.withRevision(Revision.INITIAL);
        return SqlCalls.guard(() -> jdbi.inTransaction(h -> {
            int inserted = ContentRows.bind(h.createUpdate("INSERT INTO content_item (" + COLUMNS + ") VALUES (" + VALUES
                    + ") ON CONFLICT DO NOTHING"), stored).execute();
            if (inserted == 0) {
                return Either.left(new Problem.AlreadyExists("content", item.key().toString()));
            }
            snapshot(h, stored);
            return Either.right(stored);
        }));
    }

    @Override
    public Either<Problem, ContentItem> save(ContentItem item) {
        ContentItem stored = item.withRevision(item.revision().next());
        return SqlCalls.guard(() -> jdbi.inTransaction(h -> {
            int updated = ContentRows.bind(h.createUpdate("UPDATE content_item SET " + ASSIGNMENTS + " WHERE " + KEY
                    + " AND revision = :expected"), stored).bind("expected", item.revision().value()).execute();
            if (updated == 0) {
                return Either.left(conflict(h, item.tenant(), item.key(), item.revision()));
            }
            snapshot(h, stored);
            return Either.right(stored);
        }));
    }

    @Override
    public Either<Problem, ContentKey> delete(TenantId tenant, ContentKey key, Revision expected) {
        return SqlCalls.guard(() -> jdbi.inTransaction(h -> {
            int deleted = bindKey(h.createUpdate("DELETE FROM content_item WHERE " + KEY + " AND revision = :expected"),
                    tenant, key).bind("expected", expected.value()).execute();
            return deleted == 0 ? Either.left(conflict(h, tenant, key, expected)) : Either.right(key);
        }));
    }

    @Override
    public Either<Problem, Option<ContentItem>> find(TenantId tenant, ContentKey key) {
        return SqlCalls.guard(() -> Either.right(jdbi.withHandle(h -> read(h, tenant, key))));
    }

    @Override
    public Either<Problem, List<ContentItem>> findAllCertifications(TenantId tenant, ContentId id) {
        return SqlCalls.guard(() -> Either.right(jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM content_item WHERE tenant = :tenant AND content_id = :id ORDER BY certification")
                .bind("tenant", tenant.value()).bind("id", id.value())
                .map((rs, ctx) -> ContentRows.map(rs)).list())));
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCertification(TenantId tenant, CertificationType cert, PageRequest page) {
        return keyset(tenant, "content.byCert|" + cert, page, List.of("category", "content_id"),
                "FROM content_item WHERE active AND tenant = :tenant AND certification = :cert",
                q -> q.bind("cert", cert.name()), i -> List.of(i.details().category(), i.id().value()), false);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCategory(TenantId tenant, String category,
                                                            Option<CertificationType> cert, PageRequest page) {
        String fingerprint = "content.byCategory|" + category + "|" + cert.map(Enum::name).getOrElse("*");
        if (cert.isDefined()) {
            return keyset(tenant, fingerprint, page, List.of("content_id"),
                    "FROM content_item WHERE active AND tenant = :tenant AND certification = :cert AND category = :category",
                    q -> q.bind("cert", cert.get().name()).bind("category", category), i -> List.of(i.id().value()), false);
        }
        return keyset(tenant, fingerprint, page, List.of("content_id", "certification"),
                "FROM content_item WHERE active AND tenant = :tenant AND category = :category",
                q -> q.bind("category", category), i -> List.of(i.id().value(), i.certification().name()), false);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByType(TenantId tenant, ContentType type, Instant from, Instant to,
                                                        PageRequest page) {
        return keyset(tenant, "content.byType|" + type + "|" + from + "|" + to, page,
                List.of("created_at", "content_id", "certification"),
                "FROM content_item WHERE active AND tenant = :tenant AND content_type = :type"
                        + " AND created_at >= :from AND created_at < :to",
                q -> q.bind("type", type.name()).bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC)),
                i -> List.of(INSTANT.format(i.createdAt()), i.id().value(), i.certification().name()), false);
    }

    @Override
    public Either<Problem, Page<ContentItem>> history(TenantId tenant, ContentKey key, PageRequest page) {
        return keyset(tenant, "content.history|" + key, page, List.of("version_key"),
                "FROM content_version WHERE " + KEY,
                q -> bindKey(q, tenant, key), i -> List.of(i.version().sortKey()), true);
    }

    @Override
    public Either<Problem, Option<ContentItem>> asOf(TenantId tenant, ContentKey key, ContentVersion version) {
        return SqlCalls.guard(() -> Either.right(jdbi.withHandle(h -> bindKey(h.createQuery("SELECT " + COLUMNS
                        + " FROM content_version WHERE " + KEY + " AND version_key = :version_key"), tenant, key)
                .bind("version_key", version.sortKey()).map((rs, ctx) -> ContentRows.map(rs)).findOne()
                .map(Option::of).orElse(Option.none()))));
    }

    @Override
    public Either<Problem, Long> countActive(TenantId tenant, CertificationType cert) {
        return SqlCalls.guard(() -> Either.right(jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM content_item WHERE active AND tenant = :tenant AND certification = :cert")
                .bind("tenant", tenant.value()).bind("cert", cert.name()).mapTo(Long.class).one())));
    }

    private Either<Problem, Page<ContentItem>> keyset(TenantId tenant, String fingerprint, PageRequest page,
                                                      List<String> order, String from, Function<Query, Query> binder,
                                                      Function<ContentItem, List<String>> position, boolean descending) {
        return SqlCalls.position(cursors, tenant, fingerprint, page, order.size()).flatMap(after -> SqlCalls.guard(() -> {
            String columns = "(" + String.join(", ", order) + ")";
            String params = "(" + String.join(", ", order.stream().map(c -> ":after_" + c).toList()) + ")";
            String sql = "SELECT " + COLUMNS + " " + from
                    + (after.isDefined() ? " AND " + columns + (descending ? " < " : " > ") + params : "")
                    + " ORDER BY " + String.join(", ", order.stream().map(c -> c + (descending ? " DESC" : "")).toList())
                    + " LIMIT :limit";
            List<ContentItem> rows = jdbi.withHandle(h -> {
                Query q = binder.apply(h.createQuery(sql).bind("tenant", tenant.value()).bind("limit", page.limit() + 1));
                if (after.isDefined()) {
                    for (int i = 0; i < order.size(); i++) {
                        String value = after.get().get(i);
                        if (order.get(i).equals("created_at")) {
                            q.bind("after_created_at", Instant.parse(value).atOffset(ZoneOffset.UTC));
                        } else {
                            q.bind("after_" + order.get(i), value);
                        }
                    }
                }
                return q.map((rs, ctx) -> ContentRows.map(rs)).list();
            });
            return Either.right(SqlCalls.page(rows, page, cursors, tenant, fingerprint, position));
        }));
    }

    private static void snapshot(Handle h, ContentItem item) {
        ContentRows.bind(h.createUpdate("INSERT INTO content_version (" + COLUMNS + ", version_key) VALUES (" + VALUES
                + ", :version_key) ON CONFLICT (tenant, content_id, certification, version_key) DO UPDATE SET "
                + ASSIGNMENTS), item).bind("version_key", item.version().sortKey()).execute();
    }

    private static Option<ContentItem> read(Handle h, TenantId tenant, ContentKey key) {
        return bindKey(h.createQuery("SELECT " + COLUMNS + " FROM content_item WHERE " + KEY), tenant, key)
                .map((rs, ctx) -> ContentRows.map(rs)).findOne().map(Option::of).orElse(Option.none());
    }

    private static Problem conflict(Handle h, TenantId tenant, ContentKey key, Revision expected) {
        return new Problem.Conflict("content", key.toString(), expected,
                read(h, tenant, key).map(ContentItem::revision).getOrNull());
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindKey(S statement, TenantId tenant,
                                                                                    ContentKey key) {
        return statement.bind("tenant", tenant.value()).bind("content_id", key.id().value())
                .bind("certification", key.certification().name());
    }
}
