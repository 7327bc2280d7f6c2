package dev.portside.adapters.sql.progress;

import static dev.portside.adapters.sql.progress.ProgressRows.ASSIGNMENTS;
import static dev.portside.adapters.sql.progress.ProgressRows.COLUMNS;
import static dev.portside.adapters.sql.progress.ProgressRows.VALUES;

import dev.portside.adapters.sql.content.SqlCalls;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ProgressLedger} on PostgreSQL with JDBI: {@code UPDATE … WHERE revision = ?} for the
 * optimistic lock, JDBC batches for bulk import, key lookups through {@code unnest}, keyset paging
 * on covering indexes; failures become {@code Unavailable}.
 */
public final class PostgresProgressLedger implements ProgressLedger {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String KEY = "tenant = :tenant AND user_id = :user_id AND content_id = :content_id"
            + " AND certification = :certification";
    private static final int CHUNK = 1000;

    private final Jdbi jdbi;
    private final CursorCodec cursors;

    public PostgresProgressLedger(Jdbi jdbi, CursorCodec cursors) {
        this.jdbi = jdbi;
        this.cursors = cursors;
    }

    @Override
    public Either<Problem, ProgressEntry> create(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(Revision.INITIAL);
        return SqlCalls.guard(() -> jdbi.withHandle(h -> ProgressRows.bind(h.createUpdate("INSERT INTO progress_entry ("
                + COLUMNS + ") VALUES (" + VALUES + ") ON CONFLICT DO NOTHING"), stored).execute()) == 0
                ? Either.left(new Problem.AlreadyExists("progress", entry.key().toString()))
                : Either.right(stored));
    }

    @Override
    public Either<Problem, ProgressEntry> save(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(entry.revision().next());
        return SqlCalls.guard(() -> jdbi.withHandle(h -> {
            int updated = ProgressRows.bind(h.createUpdate("UPDATE progress_entry SET " + ASSIGNMENTS + " WHERE " + KEY
                    + " AND revision = :expected"), stored).bind("expected", entry.revision().value()).execute();
            return updated == 0 ? Either.left(conflict(h, entry.tenant(), entry.key(), entry.revision()))
                    : Either.right(stored);
        }));
    }

    @Override
    public Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey key, Revision expected) {
        return SqlCalls.guard(() -> jdbi.withHandle(h -> {
            int deleted = bindKey(h.createUpdate("DELETE FROM progress_entry WHERE " + KEY + " AND revision = :expected"),
                    tenant, key).bind("expected", expected.value()).execute();
            return deleted == 0 ? Either.left(conflict(h, tenant, key, expected)) : Either.right(key);
        }));
    }

    @Override
    public Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key) {
        return SqlCalls.guard(() -> Either.right(jdbi.withHandle(h -> read(h, tenant, key))));
    }

    @Override
    public Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys) {
        List<ProgressKey> wanted = new ArrayList<>(new LinkedHashSet<>(keys));
        return SqlCalls.guard(() -> Either.right(jdbi.withHandle(h -> {
            List<ProgressEntry> found = new ArrayList<>();
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                List<ProgressKey> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
                found.addAll(h.createQuery("SELECT " + COLUMNS.replaceAll("(\\w+)", "p.$1") + " FROM progress_entry p"
                                + " JOIN unnest(:users, :contents, :certs) AS k(u, c, ce)"
                                + " ON p.user_id = k.u AND p.content_id = k.c AND p.certification = k.ce"
                                + " WHERE p.tenant = :tenant")
                        .bind("tenant", tenant.value())
                        .bindArray("users", String.class, chunk.stream().map(k -> k.user().value()).toList())
                        .bindArray("contents", String.class, chunk.stream().map(k -> k.content().value()).toList())
                        .bindArray("certs", String.class, chunk.stream().map(k -> k.certification().name()).toList())
                        .map((rs, ctx) -> ProgressRows.map(rs)).list());
            }
            return found;
        })));
    }

    @Override
    public Either<Problem, Integer> importAll(TenantId tenant, List<ProgressEntry> entries) {
        return SqlCalls.guard(() -> Either.right(jdbi.inTransaction(h -> {
            for (int from = 0; from < entries.size(); from += CHUNK) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO progress_entry (" + COLUMNS + ") VALUES (" + VALUES
                        + ") ON CONFLICT (tenant, user_id, content_id, certification) DO UPDATE SET " + ASSIGNMENTS);
                for (ProgressEntry e : entries.subList(from, Math.min(entries.size(), from + CHUNK))) {
                    ProgressRows.bind(batch, e.withRevision(Revision.INITIAL)).add();
                }
                batch.execute();
            }
            return entries.size();
        })));
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byUser(TenantId tenant, UserId user, Option<CertificationType> cert,
                                                      PageRequest page) {
        String fingerprint = "progress.byUser|" + user + "|" + cert.map(Enum::name).getOrElse("*");
        if (cert.isDefined()) {
            return keyset(tenant, fingerprint, page, List.of("content_id"),
                    "FROM progress_entry WHERE tenant = :tenant AND user_id = :user AND certification = :cert",
                    q -> q.bind("user", user.value()).bind("cert", cert.get().name()),
                    e -> List.of(e.key().content().value()));
        }
        return keyset(tenant, fingerprint, page, List.of("content_id", "certification"),
                "FROM progress_entry WHERE tenant = :tenant AND user_id = :user", q -> q.bind("user", user.value()),
                e -> List.of(e.key().content().value(), e.key().certification().name()));
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType cert, Instant from,
                                                               Instant to, PageRequest page) {
        return keyset(tenant, "progress.byCert|" + cert + "|" + from + "|" + to, page,
                List.of("last_at", "user_id", "content_id"),
                "FROM progress_entry WHERE tenant = :tenant AND certification = :cert AND last_at >= :from AND last_at < :to",
                q -> q.bind("cert", cert.name()).bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC)),
                e -> List.of(INSTANT.format(e.lastRecordedAt()), e.key().user().value(), e.key().content().value()));
    }

    private Either<Problem, Page<ProgressEntry>> keyset(TenantId tenant, String fingerprint, PageRequest page,
                                                        List<String> order, String from, Function<Query, Query> binder,
                                                        Function<ProgressEntry, List<String>> position) {
        return SqlCalls.position(cursors, tenant, fingerprint, page, order.size()).flatMap(after -> SqlCalls.guard(() -> {
            String sql = "SELECT " + COLUMNS + " " + from
                    + (after.isDefined() ? " AND (" + String.join(", ", order) + ") > ("
                    + String.join(", ", order.stream().map(c -> ":after_" + c).toList()) + ")" : "")
                    + " ORDER BY " + String.join(", ", order) + " LIMIT :limit";
            List<ProgressEntry> rows = jdbi.withHandle(h -> {
                Query q = binder.apply(h.createQuery(sql).bind("tenant", tenant.value()).bind("limit", page.limit() + 1));
                if (after.isDefined()) {
                    for (int i = 0; i < order.size(); i++) {
                        String value = after.get().get(i);
                        if (order.get(i).equals("last_at")) {
                            q.bind("after_last_at", Instant.parse(value).atOffset(ZoneOffset.UTC));
                        } else {
                            q.bind("after_" + order.get(i), value);
                        }
                    }
                }
                return q.map((rs, ctx) -> ProgressRows.map(rs)).list();
            });
            return Either.right(SqlCalls.page(rows, page, cursors, tenant, fingerprint, position));
        }));
    }

    private static Option<ProgressEntry> read(Handle h, TenantId tenant, ProgressKey key) {
        return bindKey(h.createQuery("SELECT " + COLUMNS + " FROM progress_entry WHERE " + KEY), tenant, key)
                .map((rs, ctx) -> ProgressRows.map(rs)).findOne().map(Option::of).orElse(Option.none());
    }

    private static Problem conflict(Handle h, TenantId tenant, ProgressKey key, Revision expected) {
        return new Problem.Conflict("progress", key.toString(), expected,
                read(h, tenant, key).map(ProgressEntry::revision).getOrNull());
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindKey(S statement, TenantId tenant,
                                                                                    ProgressKey key) {
        return statement.bind("tenant", tenant.value()).bind("user_id", key.user().value())
                .bind("content_id", key.content().value()).bind("certification", key.certification().name());
    }
}
