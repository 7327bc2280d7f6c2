package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Columns;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.kernel.TenantId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Table {@code brand_feedback}: write-once feedback rows, their columns, binding and row mapping. */
final class FeedbackRows {

    static final String TABLE = "brand_feedback";
    static final Columns COLUMNS = Columns.key("tenant", "feedback_id")
            .and("brand_id", "text", "category", "submitted_at");

    private FeedbackRows() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, Feedback f) {
        return statement.bind("tenant", f.tenant().value()).bind("feedback_id", f.id().value())
                .bind("brand_id", f.brandId().value()).bind("text", f.text()).bind("category", f.category().name())
                .bind("submitted_at", f.submittedAt());
    }

    static RowMapper<Feedback> feedback(TenantId tenant) {
        return (rs, ctx) -> new Feedback(tenant, new FeedbackId(rs.getString("feedback_id")),
                new BrandId(rs.getLong("brand_id")), rs.getString("text"),
                FeedbackCategory.valueOf(rs.getString("category")), ColumnTypes.instant(rs, "submitted_at"));
    }
}
