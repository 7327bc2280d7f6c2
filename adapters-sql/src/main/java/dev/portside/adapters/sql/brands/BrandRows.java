package dev.portside.adapters.sql.brands;

import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandPattern;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.MccCode;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers of the brand tables (see {@code db/brands}). */
final class BrandRows {

    private BrandRows() {
    }

    static RowMapper<BrandMetadata> metadata(TenantId tenant) {
        return (rs, ctx) -> new BrandMetadata(tenant, new BrandId(rs.getLong("brand_id")), rs.getString("brand_name"),
                new BrandPattern(rs.getString("regex")),
                Arrays.stream((String[]) rs.getArray("mcc_ids").getArray()).map(MccCode::new).toList(),
                confidence(rs, "confidence"), rs.getLong("generation"), instant(rs, "created_at"),
                instant(rs, "generated_at"), Option.of(rs.getString("open_escalation")).map(EscalationId::new),
                new Revision(rs.getLong("revision")));
    }

    static RowMapper<BrandSummary> summary() {
        return (rs, ctx) -> new BrandSummary(new BrandId(rs.getLong("brand_id")), rs.getString("brand_name"),
                confidence(rs, "confidence"), rs.getLong("generation"), instant(rs, "generated_at"));
    }

    static RowMapper<Feedback> feedback(TenantId tenant) {
        return (rs, ctx) -> new Feedback(tenant, new FeedbackId(rs.getString("feedback_id")),
                new BrandId(rs.getLong("brand_id")), rs.getString("text"),
                FeedbackCategory.valueOf(rs.getString("category")), instant(rs, "submitted_at"));
    }

    static RowMapper<WorkflowExecution> execution(TenantId tenant) {
        return (rs, ctx) -> new WorkflowExecution(tenant, new ExecutionId(rs.getString("execution_id")),
                Option.of(rs.getString("execution_arn")), new BrandId(rs.getLong("brand_id")),
                ExecutionStatus.valueOf(rs.getString("status")), instant(rs, "started_at"),
                Option.of(rs.getTimestamp("ended_at")).map(Timestamp::toInstant), Option.of(rs.getString("error")),
                new Revision(rs.getLong("revision")));
    }

    static RowMapper<Escalation> escalation(TenantId tenant) {
        return (rs, ctx) -> new Escalation(tenant, new EscalationId(rs.getString("escalation_id")),
                new BrandId(rs.getLong("brand_id")), rs.getString("brand_name"), rs.getString("reason"),
                confidence(rs, "confidence"), instant(rs, "escalated_at"),
                EscalationStatus.valueOf(rs.getString("status")), Option.of(rs.getString("resolution_note")),
                instant(rs, "updated_at"), new Revision(rs.getLong("revision")));
    }

    private static Confidence confidence(ResultSet rs, String column) throws SQLException {
        return new Confidence(rs.getBigDecimal(column).setScale(Confidence.MAX_SCALE, RoundingMode.UNNECESSARY));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
