package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Columns;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.sql.Timestamp;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Table {@code brand_executions}: workflow executions, their columns, binding and row mapping. */
final class ExecutionRows {

    static final String TABLE = "brand_executions";
    static final Columns COLUMNS = Columns.key("tenant", "execution_id")
            .and("execution_arn", "brand_id", "status", "started_at", "ended_at", "error",
                    "revision");

    private ExecutionRows() {
    }

    static <S extends SqlStatement<S>> S bind(S statement, WorkflowExecution e) {
        return statement.bind("tenant", e.tenant().value()).bind("execution_id", e.id().value())
                .bind("execution_arn", e.arn().getOrNull()).bind("brand_id", e.brandId().value())
                .bind("status", e.status().name()).bind("started_at", e.startedAt())
                .bind("ended_at", e.endedAt().getOrNull()).bind("error", e.error().getOrNull())
                .bind("revision", e.revision().value());
    }

    static RowMapper<WorkflowExecution> execution(TenantId tenant) {
        return (rs, ctx) -> new WorkflowExecution(tenant, new ExecutionId(rs.getString("execution_id")),
                Option.of(rs.getString("execution_arn")), new BrandId(rs.getLong("brand_id")),
                ExecutionStatus.valueOf(rs.getString("status")), ColumnTypes.instant(rs, "started_at"),
                Option.of(rs.getTimestamp("ended_at")).map(Timestamp::toInstant), Option.of(rs.getString("error")),
                new Revision(rs.getLong("revision")));
    }
}
