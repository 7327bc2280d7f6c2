package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandArbitraries;
import dev.portside.testkit.brands.BrandSamples;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.DecimalLiteral;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Parameter;
import io.trino.sql.tree.StringLiteral;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrandQueriesTest {

    private static final TenantId TENANT = BrandSamples.tenant("acme");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private final BrandQueries queries = new BrandQueries("brand_metadata_generator_db");
    private final SqlParser trino = new SqlParser();

    private List<AthenaQuery> all(TenantId tenant) {
        return List.of(queries.brandsBelow(tenant, BrandSamples.confidence("0.5")),
                queries.feedback(tenant, FeedbackCategory.REGEX_CORRECTION, FROM, TO),
                queries.openEscalations(tenant), queries.executions(tenant, ExecutionStatus.FAILED, FROM, TO),
                queries.visible(tenant, BrandS3Layout.FEEDBACK, "2026-11-21_x"),
                queries.visible(tenant, BrandS3Layout.METADATA, "123"),
                queries.feedbackOfBrand(tenant, new dev.portside.domain.brands.BrandId(42)),
                queries.escalationsOfBrand(tenant, new dev.portside.domain.brands.BrandId(42)),
                queries.countBy(tenant, BrandQueries.ESCALATIONS_TABLE, "status", "escalated_at", FROM, TO),
                queries.countBy(tenant, BrandQueries.FEEDBACK_TABLE, "day", "submitted_at", FROM, TO),
                queries.brandsByConfidence(tenant, dev.portside.domain.brands.ConfidenceBuckets.ofWidth("width",
                        new java.math.BigDecimal("0.1")).get()));
    }

    @Test
    void brandsBelowIsTheGoldenSql() {
        AthenaQuery query = queries.brandsBelow(TENANT, BrandSamples.confidence("0.5"));
        assertThat(query.sql()).isEqualTo("SELECT brand_id, brand_name, confidence, generation, generated_at FROM"
                + " \"brand_metadata_generator_db\".\"generated_metadata\" WHERE tenant = ? AND confidence < ?"
                + " ORDER BY confidence, brand_id");
        assertThat(query.parameters()).containsExactly("'acme'", "0.5000");
    }

    @Test
    void feedbackByCategoryIsTheGoldenSql() {
        AthenaQuery query = queries.feedback(TENANT, FeedbackCategory.REGEX_CORRECTION, FROM, TO);
        assertThat(query.sql()).isEqualTo("SELECT feedback_id, brand_id, text, category, submitted_at FROM"
                + " \"brand_metadata_generator_db\".\"feedback_history\" WHERE tenant = ? AND category = ?"
                + " AND dt BETWEEN ? AND ? ORDER BY submitted_at, feedback_id");
        assertThat(query.parameters()).containsExactly("'acme'", "'REGEX_CORRECTION'", "'2026-11-01'", "'2026-11-30'");
    }

    @Test
    void openEscalationsIsTheGoldenSql() {
        AthenaQuery query = queries.openEscalations(TENANT);
        assertThat(query.sql()).isEqualTo("SELECT escalation_id, brand_id, brand_name, reason, confidence,"
                + " escalated_at, status, resolution_note, updated_at, revision FROM"
                + " \"brand_metadata_generator_db\".\"escalations\" WHERE tenant = ? AND status = ?"
                + " ORDER BY escalated_at, escalation_id");
        assertThat(query.parameters()).containsExactly("'acme'", "'OPEN'");
    }

    @Test
    void executionsByStatusIsTheGoldenSql() {
        AthenaQuery query = queries.executions(TENANT, ExecutionStatus.FAILED, FROM, TO);
        assertThat(query.sql()).isEqualTo("SELECT execution_id, execution_arn, brand_id, status, started_at,"
                + " ended_at, error, revision FROM \"brand_metadata_generator_db\".\"workflow_executions\""
                + " WHERE tenant = ? AND status = ? AND dt BETWEEN ? AND ? ORDER BY started_at, execution_id");
        assertThat(query.parameters()).containsExactly("'acme'", "'FAILED'", "'2026-11-01'", "'2026-11-30'");
    }

    @Test
    void confidenceBucketsAreOneCaseWithAParameterPerBound() {
        AthenaQuery query = queries.brandsByConfidence(TENANT, dev.portside.domain.brands.ConfidenceBuckets.ofBounds(
                "bounds", List.of(new java.math.BigDecimal("0.25"), new java.math.BigDecimal("0.5"))).get());
        assertThat(query.sql()).isEqualTo("WITH brands AS (SELECT confidence FROM"
                + " \"brand_metadata_generator_db\".\"generated_metadata\" WHERE tenant = ?)"
                + " SELECT CASE WHEN confidence < ? THEN 0 WHEN confidence < ? THEN 1 ELSE 2 END AS key, count(*) AS n"
                + " FROM brands GROUP BY 1");
        assertThat(query.parameters()).containsExactly("'" + TENANT.value() + "'", "0.2500", "0.5000");
    }

    @Test
    void everyQueryParsesAsTrinoSqlWithOnePlaceholderPerParameter() {
        for (AthenaQuery query : all(TENANT)) {
            Node statement = trino.createStatement(query.sql());
            assertThat(count(statement, Parameter.class)).as(query.sql()).isEqualTo(query.parameters().size());
            for (String parameter : query.parameters()) {
                Expression literal = trino.createExpression(parameter);
                assertThat(literal).isInstanceOfAny(StringLiteral.class, DecimalLiteral.class,
                        io.trino.sql.tree.LongLiteral.class);
            }
        }
    }

    @Test
    void injectionStringsInTheTenantParameterStayOneStringLiteralWithTheExactValue() {
        for (String hostile : BrandArbitraries.injectionStrings()) {
            for (AthenaQuery query : all(new TenantId(hostile))) {
                assertThat(query.sql()).doesNotContain(hostile);
                Expression literal = trino.createExpression(query.parameters().get(0));
                assertThat(literal).isInstanceOf(StringLiteral.class);
                assertThat(((StringLiteral) literal).getValue()).isEqualTo(hostile);
            }
        }
    }

    private static int count(Node node, Class<?> type) {
        int here = type.isInstance(node) ? 1 : 0;
        for (Node child : node.getChildren()) {
            here += count(child, type);
        }
        return here;
    }
}
