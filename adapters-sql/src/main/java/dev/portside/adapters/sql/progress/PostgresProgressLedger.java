package dev.portside.adapters.sql.progress;

import static dev.portside.adapters.sql.progress.ProgressRows.COLUMNS;

import dev.portside.adapters.sql.support.Batches;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Keyset;
import dev.portside.adapters.sql.support.Keyset.Key;
import dev.portside.adapters.sql.support.Pager;
import dev.portside.adapters.sql.support.RevisionedWrites;
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
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link ProgressLedger} on PostgreSQL with JDBI: {@code UPDATE … WHERE revision = ?} for the
 * optimistic lock, JDBC batches of insert-if-absent for bulk import, key lookups through {@code unnest}, keyset paging
 * on covering indexes; failures become {@code Unavailable}. Every write recognises itself
 * ({@link RevisionedWrites}; an import rerun after a commit of unknown outcome takes a row equal to its own as its own),
 * so such a commit is rerun.
 */
public final class PostgresProgressLedger implements ProgressLedger {

    private static final String KEY = COLUMNS.where();
    private static final RevisionedWrites WRITES = RevisionedWrites.on("progress", "progress_entry", COLUMNS);

    private final Guard guard;
    private final Pager pager;

    public PostgresProgressLedger(Jdbi jdbi, CursorCodec cursors) {
        this.guard = Guard.postgres(jdbi).rerunnable();
        this.pager = new Pager(guard, cursors);
    }

    @Override
    public Either<Problem, ProgressEntry> create(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(Revision.INITIAL);
        return guard.handle("create progress", h -> WRITES.insert(h, entry.key().toString(),
                q -> ProgressRows.bind(q, stored)).map(r -> stored));
    }

    @Override
    public Either<Problem, ProgressEntry> save(ProgressEntry entry) {
        ProgressEntry stored = entry.withRevision(entry.revision().next());
        return guard.handle("save progress", h -> WRITES.update(h, entry.key().toString(), entry.revision(),
                q -> ProgressRows.bind(q, stored)).map(r -> stored));
    }

    @Override
    public Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey key, Revision expected) {
        return guard.handle("delete progress", h -> WRITES.delete(h, key.toString(), expected,
                q -> bindKey(q, tenant, key)).map(r -> key));
    }

    @Override
    public Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key) {
        return guard.read("find progress", h -> stored(h, tenant, key));
    }

    private static Option<ProgressEntry> stored(org.jdbi.v3.core.Handle h, TenantId tenant, ProgressKey key) {
        return Option.ofOptional(bindKey(h.createQuery("SELECT " + COLUMNS.names()
                + " FROM progress_entry WHERE " + KEY), tenant, key).map(ProgressRows::map).findOne());
    }

    @Override
    public Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys) {
        List<ProgressKey> wanted = new ArrayList<>(new LinkedHashSet<>(keys));
        return guard.read("find progress entries", h -> {
            List<ProgressEntry> found = new ArrayList<>();
            for (int from = 0; from < wanted.size(); from += Batches.CHUNK) {
                List<ProgressKey> chunk = wanted.subList(from, Math.min(wanted.size(), from + Batches.CHUNK));
                found.addAll(h.createQuery("SELECT " + COLUMNS.names("p") + " FROM progress_entry p"
                                + " JOIN unnest(:users, :contents, :certs) AS k(u, c, ce)"
                                + " ON p.user_id = k.u AND p.content_id = k.c AND p.certification = k.ce"
                                + " WHERE p.tenant = :tenant")
                        .bind("tenant", tenant.value())
                        .bindArray("users", String.class, chunk.stream().map(k -> k.user().value()).toList())
                        .bindArray("contents", String.class, chunk.stream().map(k -> k.content().value()).toList())
                        .bindArray("certs", String.class, chunk.stream().map(k -> k.certification().name()).toList())
                        .map(ProgressRows::map).list());
            }
            return found;
        });
    }

    @Override
    public Either<Problem, List<ProgressKey>> importAll(TenantId tenant, List<ProgressEntry> entries) {
        return guard.transaction("import progress", h -> {
            int[] inserted = Batches.prepared(h, "INSERT INTO progress_entry (" + COLUMNS.names() + ") VALUES ("
                            + COLUMNS.parameters() + ") ON CONFLICT (tenant, user_id, content_id, certification) DO NOTHING",
                    entries, Batches.CHUNK, (batch, e) -> ProgressRows.bind(batch, e.withRevision(Revision.INITIAL)));
            List<ProgressKey> present = new ArrayList<>();
            boolean rerun = Guard.rerun(h);
            for (int i = 0; i < inserted.length; i++) {
                ProgressEntry entry = entries.get(i).withRevision(Revision.INITIAL);
                if (inserted[i] == 0 && !(rerun && stored(h, tenant, entry.key()).contains(entry))) {
                    present.add(entry.key());
                }
            }
            return Either.right(present);
        });
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byUser(TenantId tenant, UserId user, Option<CertificationType> cert,
                                                      PageRequest page) {
        String fingerprint = "progress.byUser|" + user + "|" + cert.map(Enum::name).getOrElse("*");
        String select = "SELECT " + COLUMNS.names() + " FROM progress_entry WHERE tenant = :tenant AND user_id = :user";
        if (cert.isDefined()) {
            return pager.page(tenant, fingerprint, page, select + " AND certification = :cert",
                    q -> q.bind("user", user.value()).bind("cert", cert.get().name()),
                    Keyset.ascending(Key.text("content_id", e -> e.key().content().value())), ProgressRows::map);
        }
        return pager.page(tenant, fingerprint, page, select, q -> q.bind("user", user.value()),
                Keyset.ascending(Key.text("content_id", e -> e.key().content().value()),
                        Key.text("certification", e -> e.key().certification().name())), ProgressRows::map);
    }

    @Override
    public Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType cert, Instant from,
                                                               Instant to, PageRequest page) {
        return pager.page(tenant, "progress.byCert|" + cert + "|" + from + "|" + to, page,
                "SELECT " + COLUMNS.names() + " FROM progress_entry WHERE tenant = :tenant AND certification = :cert"
                        + " AND last_at >= :from AND last_at < :to",
                q -> q.bind("cert", cert.name()).bind("from", from.atOffset(ZoneOffset.UTC))
                        .bind("to", to.atOffset(ZoneOffset.UTC)),
                Keyset.ascending(Key.instant("last_at", ProgressEntry::lastRecordedAt),
                        Key.text("user_id", e -> e.key().user().value()),
                        Key.text("content_id", e -> e.key().content().value())), ProgressRows::map);
    }

    private static <S extends SqlStatement<S>> S bindKey(S statement, TenantId tenant, ProgressKey key) {
        return statement.bind("tenant", tenant.value()).bind("user_id", key.user().value())
                .bind("content_id", key.content().value()).bind("certification", key.certification().name());
    }
}
