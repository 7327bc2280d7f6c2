package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Columns;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Table {@code brand_escalations}: escalations of low-confidence brands, their columns, binding and row mapping. */
final class EscalationRows {

    static final String TABLE = "brand_escalations";
    static final Columns COLUMNS = Columns.key("tenant", "escalation_id")
            .and("brand_id", "brand_name", "reason", "confidence", "escalated_at", "status",
                    "resolution_note", "updated_at", "revision");

    private EscalationRows() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, Escalation e) {
        return statement.bind("tenant", e.tenant().value()).bind("escalation_id", e.id().value())
                .bind("brand_id", e.brandId().value()).bind("brand_name", e.brandName()).bind("reason", e.reason())
                .bind("confidence", e.confidence().value()).bind("escalated_at", e.escalatedAt())
                .bind("status", e.status().name()).bind("resolution_note", e.resolutionNote().getOrNull())
                .bind("updated_at", e.updatedAt()).bind("revision", e.revision().value());
    }

    static RowMapper<Escalation> escalation(TenantId tenant) {
        return (rs, ctx) -> new Escalation(tenant, new EscalationId(rs.getString("escalation_id")),
                new BrandId(rs.getLong("brand_id")), rs.getString("brand_name"), rs.getString("reason"),
                ColumnTypes.confidence(rs, "confidence"), ColumnTypes.instant(rs, "escalated_at"),
                EscalationStatus.valueOf(rs.getString("status")), Option.of(rs.getString("resolution_note")),
                ColumnTypes.instant(rs, "updated_at"), new Revision(rs.getLong("revision")));
    }
}
