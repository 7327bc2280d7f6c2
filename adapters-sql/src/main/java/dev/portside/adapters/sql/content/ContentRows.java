package dev.portside.adapters.sql.content;

import dev.portside.adapters.sql.support.Columns;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentDetails;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentSource;
import dev.portside.domain.content.ContentType;
import dev.portside.domain.content.ContentVersion;
import dev.portside.domain.content.DifficultyLevel;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** The content table design: column lists, parameter binding and row mapping of items and their version snapshots. */
final class ContentRows {

    static final Columns COLUMNS = Columns.key("tenant", "content_id", "certification")
            .and("title", "content_type", "category", "subcategory", "difficulty",
                    "tags", "source_file", "source_bucket", "chunk_count", "question_count", "version", "active",
                    "created_at", "updated_at", "revision");

    private ContentRows() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, ContentItem item) {
        ContentDetails d = item.details();
        return statement.bind("tenant", item.tenant().value())
                .bind("content_id", item.id().value())
                .bind("certification", item.certification().name())
                .bind("title", d.title())
                .bind("content_type", d.contentType().name())
                .bind("category", d.category())
                .bind("subcategory", d.subcategory())
                .bind("difficulty", d.difficulty().name())
                .bindArray("tags", String.class, List.copyOf(d.tags()))
                .bind("source_file", d.source().map(ContentSource::fileName).getOrNull())
                .bind("source_bucket", d.source().map(ContentSource::bucket).getOrNull())
                .bind("chunk_count", d.chunkCount())
                .bind("question_count", d.questionCount())
                .bind("version", item.version().toString())
                .bind("active", item.active())
                .bind("created_at", item.createdAt().atOffset(java.time.ZoneOffset.UTC))
                .bind("updated_at", item.updatedAt().atOffset(java.time.ZoneOffset.UTC))
                .bind("revision", item.revision().value());
    }

    static ContentItem map(ResultSet rs, StatementContext ctx) throws SQLException {
        String file = rs.getString("source_file");
        Option<ContentSource> source = file == null ? Option.none()
                : Option.of(new ContentSource(file, rs.getString("source_bucket")));
        String[] tags = (String[]) rs.getArray("tags").getArray();
        ContentDetails details = new ContentDetails(rs.getString("title"), ContentType.valueOf(rs.getString("content_type")),
                rs.getString("category"), rs.getString("subcategory"), DifficultyLevel.valueOf(rs.getString("difficulty")),
                new TreeSet<>(List.of(tags)), source, rs.getInt("chunk_count"), rs.getInt("question_count"));
        return new ContentItem(new TenantId(rs.getString("tenant")),
                new ContentKey(new ContentId(rs.getString("content_id")),
                        CertificationType.valueOf(rs.getString("certification"))),
                details,
                ContentVersion.stored(rs.getString("version")),
                rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), new Revision(rs.getLong("revision")));
    }
}
