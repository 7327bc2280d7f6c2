package dev.portside.adapters.sql.content;

import static dev.portside.adapters.sql.content.ContentRows.COLUMNS;

import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.Keyset.Key;
import dev.portside.adapters.sql.support.Pager;
import dev.portside.adapters.sql.support.RevisionedWrites;
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
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link ContentRepository} on PostgreSQL with JDBI: each write updates the item
 * ({@code UPDATE … WHERE revision = ?}) and upserts its version snapshot in one transaction;
 * listings use partial indexes and keyset paging; failures become {@code Unavailable}. Every write recognises itself
 * ({@link RevisionedWrites}, an idempotent snapshot upsert), so a commit of unknown outcome is rerun.
 */
public final class PostgresContentRepository implements ContentRepository {

    private static final String KEY = COLUMNS.where();
    private static final RevisionedWrites WRITES = RevisionedWrites.on("content", "content_item", COLUMNS);
    private static final String SELECT = "SELECT " + COLUMNS.names()
            + " FROM content_item WHERE active AND tenant = :tenant";

    private final Guard guard;
    private final Pager pager;

    public PostgresContentRepository(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.postgres(jdbi).rerunnable();
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, ContentItem> create(ContentItem item) {
        ContentItem stored = item.withRevision(Revision.INITIAL);
        return guard.transaction("create content", h -> WRITES.insert(h, item.key().toString(),
                q -> ContentRows.bind(q, stored)).map(r -> snapshot(h, stored)));
    }

    @Override
    public Either<Problem, ContentItem> save(ContentItem item) {
        ContentItem stored = item.withRevision(item.revision().next());
        return guard.transaction("save content", h -> WRITES.update(h, item.key().toString(), item.revision(),
                q -> ContentRows.bind(q, stored)).map(r -> snapshot(h, stored)));
    }

    @Override
    public Either<Problem, ContentKey> delete(TenantId tenant, ContentKey key, Revision expected) {
        return guard.transaction("delete content", h -> WRITES.delete(h, key.toString(), expected,
                q -> bindKey(q, tenant, key)).map(r -> key));
    }

    @Override
    public Either<Problem, Option<ContentItem>> find(TenantId tenant, ContentKey key) {
        return guard.read("find content", h -> Option.ofOptional(bindKey(h.createQuery("SELECT " + COLUMNS.names()
                + " FROM content_item WHERE " + KEY), tenant, key).map(ContentRows::map).findOne()));
    }

    @Override
    public Either<Problem, List<ContentItem>> findAllCertifications(TenantId tenant, ContentId id) {
        return guard.read("find content certifications", h -> h.createQuery("SELECT " + COLUMNS.names()
                        + " FROM content_item WHERE tenant = :tenant AND content_id = :id ORDER BY certification")
                .bind("tenant", tenant.value()).bind("id", id.value()).map(ContentRows::map).list());
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCertification(TenantId tenant, CertificationType cert, PageRequest page) {
        return pager.page(tenant, "content.byCert|" + cert, page, SELECT + " AND certification = :cert",
                q -> q.bind("cert", cert.name()), Keyset.ascending(Key.text("category", i -> i.details().category()),
                        Key.text("content_id", i -> i.id().value())), ContentRows::map);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByCategory(TenantId tenant, String category,
                                                            Option<CertificationType> cert, PageRequest page) {
        String fingerprint = "content.byCategory|" + category + "|" + cert.map(Enum::name).getOrElse("*");
        if (cert.isDefined()) {
            return pager.page(tenant, fingerprint, page, SELECT + " AND certification = :cert AND category = :category",
                    q -> q.bind("cert", cert.get().name()).bind("category", category),
                    Keyset.ascending(Key.text("content_id", i -> i.id().value())), ContentRows::map);
        }
        return pager.page(tenant, fingerprint, page, SELECT + " AND category = :category",
                q -> q.bind("category", category), Keyset.ascending(Key.text("content_id", i -> i.id().value()),
                        Key.text("certification", i -> i.certification().name())), ContentRows::map);
    }

    @Override
    public Either<Problem, Page<ContentItem>> listByType(TenantId tenant, ContentType type, Instant from, Instant to,
                                                        PageRequest page) {
        return pager.page(tenant, "content.byType|" + type + "|" + from + "|" + to, page,
                SELECT + " AND content_type = :type AND created_at >= :from AND created_at < :to",
                q -> q.bind("type", type.name()).bind("from", from.atOffset(ZoneOffset.UTC))
                        .bind("to", to.atOffset(ZoneOffset.UTC)),
                Keyset.ascending(Key.instant("created_at", ContentItem::createdAt),
                        Key.text("content_id", i -> i.id().value()),
                        Key.text("certification", i -> i.certification().name())), ContentRows::map);
    }

    @Override
    public Either<Problem, Page<ContentItem>> history(TenantId tenant, ContentKey key, PageRequest page) {
        return pager.page(tenant, "content.history|" + key, page, "SELECT " + COLUMNS.names() + " FROM content_version WHERE "
                        + KEY, q -> bindKey(q, tenant, key),
                Keyset.descending(Key.text("version_key", ContentItem::historyKey)), ContentRows::map);
    }

    @Override
    public Either<Problem, Option<ContentItem>> asOf(TenantId tenant, ContentKey key, ContentVersion version) {
        return guard.read("read content version", h -> Option.ofOptional(bindKey(h.createQuery("SELECT " + COLUMNS.names()
                        + " FROM content_version WHERE " + KEY + " AND version_key >= :first AND version_key < :after"
                        + " ORDER BY version_key DESC LIMIT 1"), tenant, key)
                .bind("first", ContentItem.historyPrefix(version)).bind("after", ContentItem.historyPrefix(version) + "~")
                .map(ContentRows::map).findOne()));
    }

    @Override
    public Either<Problem, Long> countActive(TenantId tenant, CertificationType cert) {
        return guard.read("count content", h -> h.createQuery(
                        "SELECT count(*) FROM content_item WHERE active AND tenant = :tenant AND certification = :cert")
                .bind("tenant", tenant.value()).bind("cert", cert.name()).mapTo(Long.class).one());
    }

    private static ContentItem snapshot(Handle h, ContentItem item) {
        ContentRows.bind(h.createUpdate("INSERT INTO content_version (" + COLUMNS.names() + ", version_key) VALUES ("
                + COLUMNS.parameters() + ", :version_key) ON CONFLICT (tenant, content_id, certification, version_key) DO NOTHING"),
                item).bind("version_key", item.historyKey()).execute();
        return item;
    }

    private static <S extends SqlStatement<S>> S bindKey(S statement, TenantId tenant, ContentKey key) {
        return statement.bind("tenant", tenant.value()).bind("content_id", key.id().value())
                .bind("certification", key.certification().name());
    }
}
