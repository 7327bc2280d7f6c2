package dev.portside.adapters.s3.brands;

import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.ConfidenceBuckets;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.kernel.TenantId;
import java.time.LocalDate;
import java.util.List;

/**
 * The SQL of every brand analytics query, fixed text with positional parameters. Values become
 * SQL literals only through {@link #string} (quotes doubled) or a number rendered from a typed value,
 * and travel as ExecutionParameters; the table names come from configuration checked as identifiers.
 */
public final class BrandQueries {

    public static final String METADATA_TABLE = "generated_metadata";
    public static final String FEEDBACK_TABLE = "feedback_history";
    public static final String EXECUTIONS_TABLE = "workflow_executions";
    public static final String ESCALATIONS_TABLE = "escalations";

    private static final String FEEDBACK_COLUMNS = "feedback_id, brand_id, text, category, submitted_at";
    private static final String ESCALATION_COLUMNS = "escalation_id, brand_id, brand_name, reason, confidence,"
            + " escalated_at, status, resolution_note, updated_at, revision";

    private final String database;

    public BrandQueries(String database) {
        this.database = database;
    }

    public AthenaQuery brandsBelow(TenantId tenant, Confidence below) {
        return new AthenaQuery("SELECT brand_id, brand_name, confidence, generation, generated_at FROM "
                + table(METADATA_TABLE) + " WHERE tenant = ? AND confidence < ? ORDER BY confidence, brand_id",
                List.of(string(tenant.value()), below.value().toPlainString()), "brands.below|" + below);
    }

    public AthenaQuery feedback(TenantId tenant, FeedbackCategory category, LocalDate from, LocalDate to) {
        return new AthenaQuery("SELECT " + FEEDBACK_COLUMNS + " FROM " + table(FEEDBACK_TABLE) + " WHERE tenant = ? AND category = ? AND dt BETWEEN ? AND ?"
                + " ORDER BY submitted_at, feedback_id",
                List.of(string(tenant.value()), string(category.name()), string(from.toString()),
                        string(to.toString())), "brands.feedback|" + category + "|" + from + "|" + to);
    }

    public AthenaQuery feedbackOfBrand(TenantId tenant, BrandId brand) {
        return new AthenaQuery("SELECT " + FEEDBACK_COLUMNS + " FROM " + table(FEEDBACK_TABLE)
                + " WHERE tenant = ? AND brand_id = ? ORDER BY submitted_at, feedback_id",
                List.of(string(tenant.value()), String.valueOf(brand.value())), "brands.feedbackOfBrand|" + brand);
    }

    public AthenaQuery escalationsOfBrand(TenantId tenant, BrandId brand) {
        return new AthenaQuery("SELECT " + ESCALATION_COLUMNS + " FROM " + table(ESCALATIONS_TABLE)
                + " WHERE tenant = ? AND brand_id = ? ORDER BY escalated_at, escalation_id",
                List.of(string(tenant.value()), String.valueOf(brand.value())), "brands.escalationsOfBrand|" + brand);
    }

    public AthenaQuery openEscalations(TenantId tenant) {
        return new AthenaQuery("SELECT " + ESCALATION_COLUMNS + " FROM " + table(ESCALATIONS_TABLE)
                + " WHERE tenant = ? AND status = ? ORDER BY escalated_at, escalation_id",
                List.of(string(tenant.value()), string("OPEN")), "brands.openEscalations");
    }

    public AthenaQuery executions(TenantId tenant, ExecutionStatus status, LocalDate from, LocalDate to) {
        return new AthenaQuery("SELECT execution_id, execution_arn, brand_id, status, started_at, ended_at, error,"
                + " revision FROM " + table(EXECUTIONS_TABLE) + " WHERE tenant = ? AND status = ?"
                + " AND dt BETWEEN ? AND ? ORDER BY started_at, execution_id",
                List.of(string(tenant.value()), string(status.name()), string(from.toString()),
                        string(to.toString())), "brands.executions|" + status + "|" + from + "|" + to);
    }

    /**
     * Counts per {@code key} (a column or, for {@code day}, the day of {@code time}) of a dated document kind whose
     * {@code time} falls in the day range; the {@code dt} partition filter prunes to the same days (ids carry their
     * issue day, the day of that time).
     */
    public AthenaQuery countBy(TenantId tenant, String table, String key, String time, LocalDate from,
                               LocalDate to) {
        String group = key.equals("day") ? "substr(" + time + ", 1, 10)" : key;
        return new AthenaQuery("SELECT " + group + " AS key, count(*) AS n FROM " + table(table)
                + " WHERE tenant = ? AND dt BETWEEN ? AND ? AND substr(" + time + ", 1, 10) BETWEEN ? AND ?"
                + " GROUP BY 1",
                List.of(string(tenant.value()), string(from.toString()), string(to.toString()), string(from.toString()),
                        string(to.toString())), "brands.count|" + table + "|" + key + "|" + from + "|" + to);
    }

    /**
     * Brands by confidence range: a {@code CASE} with one parameter per bound (the text depends only on how many
     * bounds there are), answering the range's index; the tenant comes first, as in every query.
     */
    public AthenaQuery brandsByConfidence(TenantId tenant, ConfidenceBuckets buckets) {
        StringBuilder bucket = new StringBuilder("CASE");
        List<String> parameters = new java.util.ArrayList<>();
        parameters.add(string(tenant.value()));
        for (int i = 0; i < buckets.bounds().size(); i++) {
            bucket.append(" WHEN confidence < ? THEN ").append(i);
            parameters.add(buckets.bounds().get(i).value().toPlainString());
        }
        bucket.append(" ELSE ").append(buckets.bounds().size()).append(" END");
        return new AthenaQuery("WITH brands AS (SELECT confidence FROM " + table(METADATA_TABLE)
                + " WHERE tenant = ?) SELECT " + bucket + " AS key, count(*) AS n FROM brands GROUP BY 1", parameters,
                "brands.byConfidence|" + buckets.bounds());
    }

    /** Whether one document is visible to queries: counts rows with its id (1 when visible). */
    public AthenaQuery visible(TenantId tenant, String kind, String id) {
        return switch (kind) {
            case BrandS3Layout.METADATA -> count(METADATA_TABLE, "brand_id", tenant,
                    String.valueOf(Long.parseLong(id)));
            case BrandS3Layout.FEEDBACK -> count(FEEDBACK_TABLE, "feedback_id", tenant, string(id));
            case BrandS3Layout.EXECUTIONS -> count(EXECUTIONS_TABLE, "execution_id", tenant, string(id));
            default -> count(ESCALATIONS_TABLE, "escalation_id", tenant, string(id));
        };
    }

    private AthenaQuery count(String table, String column, TenantId tenant, String literal) {
        return new AthenaQuery("SELECT count(*) FROM " + table(table) + " WHERE tenant = ? AND " + column + " = ?",
                List.of(string(tenant.value()), literal), "brands.visible|" + table);
    }

    public String table(String name) {
        return "\"" + database + "\".\"" + name + "\"";
    }

    /** A SQL string literal: single quotes around, embedded quotes doubled. */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
