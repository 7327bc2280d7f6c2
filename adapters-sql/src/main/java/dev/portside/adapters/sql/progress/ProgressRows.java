package dev.portside.adapters.sql.progress;

import dev.portside.adapters.sql.support.Columns;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressState;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** The progress table design: column lists, parameter binding and row mapping of progress entries. */
final class ProgressRows {

    static final Columns COLUMNS = Columns.key("tenant", "user_id", "content_id", "certification")
            .and("state", "best_score", "total_millis", "attempts", "last_session",
                    "first_at", "last_at", "revision");

    private ProgressRows() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, ProgressEntry e) {
        return statement.bind("tenant", e.tenant().value())
                .bind("user_id", e.key().user().value())
                .bind("content_id", e.key().content().value())
                .bind("certification", e.key().certification().name())
                .bind("state", e.state().name())
                .bind("best_score", e.bestScore().getOrNull())
                .bind("total_millis", e.totalTime().toMillis())
                .bind("attempts", e.attempts())
                .bind("last_session", e.lastSessionId().getOrNull())
                .bind("first_at", e.firstRecordedAt().atOffset(ZoneOffset.UTC))
                .bind("last_at", e.lastRecordedAt().atOffset(ZoneOffset.UTC))
                .bind("revision", e.revision().value());
    }

    static ProgressEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        ProgressKey key = new ProgressKey(new UserId(rs.getString("user_id")), new ContentId(rs.getString("content_id")),
                CertificationType.valueOf(rs.getString("certification")));
        BigDecimal score = rs.getBigDecimal("best_score");
        return new ProgressEntry(new TenantId(rs.getString("tenant")), key, ProgressState.valueOf(rs.getString("state")),
                Option.of(score), Duration.ofMillis(rs.getLong("total_millis")), rs.getLong("attempts"),
                Option.of(rs.getString("last_session")), rs.getObject("first_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_at", OffsetDateTime.class).toInstant(), new Revision(rs.getLong("revision")));
    }
}
