package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Columns;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandPattern;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.MccCode;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.util.Arrays;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Table {@code brand_metadata}: one row per brand, its columns, binding and row mappings. */
final class MetadataRows {

    static final String TABLE = "brand_metadata";
    static final Columns COLUMNS = Columns.key("tenant", "brand_id")
            .and("brand_name", "regex", "mcc_ids", "confidence", "generation", "created_at",
                    "generated_at", "open_escalation", "revision");

    private MetadataRows() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, BrandMetadata m) {
        return statement.bind("tenant", m.tenant().value()).bind("brand_id", m.brandId().value())
                .bind("brand_name", m.brandName()).bind("regex", m.regex().source())
                .bind("mcc_ids", m.mccIds().stream().map(MccCode::value).toArray(String[]::new))
                .bind("confidence", m.confidence().value()).bind("generation", m.generation())
                .bind("created_at", m.createdAt()).bind("generated_at", m.generatedAt())
                .bind("open_escalation", m.openEscalation().map(EscalationId::value).getOrNull())
                .bind("revision", m.revision().value());
    }

    static RowMapper<BrandMetadata> metadata(TenantId tenant) {
        return (rs, ctx) -> new BrandMetadata(tenant, new BrandId(rs.getLong("brand_id")), rs.getString("brand_name"),
                new BrandPattern(rs.getString("regex")),
                Arrays.stream((String[]) rs.getArray("mcc_ids").getArray()).map(MccCode::new).toList(),
                ColumnTypes.confidence(rs, "confidence"), rs.getLong("generation"), ColumnTypes.instant(rs, "created_at"),
                ColumnTypes.instant(rs, "generated_at"), Option.of(rs.getString("open_escalation")).map(EscalationId::new),
                new Revision(rs.getLong("revision")));
    }

    static RowMapper<BrandSummary> summary() {
        return (rs, ctx) -> new BrandSummary(new BrandId(rs.getLong("brand_id")), rs.getString("brand_name"),
                ColumnTypes.confidence(rs, "confidence"), rs.getLong("generation"), ColumnTypes.instant(rs, "generated_at"));
    }
}
