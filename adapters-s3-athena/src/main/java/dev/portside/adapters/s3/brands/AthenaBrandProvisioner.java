package dev.portside.adapters.s3.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the Athena database and the four external tables over the brand documents, idempotently.
 * Tables use partition projection (tenant injected, day projected as a date), so a document written
 * under a new partition is queryable at once, with no DDL per write.
 */
public final class AthenaBrandProvisioner implements Provisioner {

    private final AthenaQueryRunner runner;
    private final AthenaSettings settings;
    private final BrandS3Layout layout;
    private final BrandQueries queries;

    public AthenaBrandProvisioner(AthenaQueryRunner runner, AthenaSettings settings, BrandS3Layout layout) {
        this.runner = runner;
        this.settings = settings;
        this.layout = layout;
        this.queries = new BrandQueries(settings.database());
    }

    @Override
    public String name() {
        return "athena database " + settings.database() + " and brand tables";
    }

    @Override
    public Either<Problem, String> provision() {
        List<String> done = new ArrayList<>();
        for (String statement : statements()) {
            Either<Problem, String> ran = runner.run(new AthenaQuery(statement, List.of(), "ddl"));
            if (ran.isLeft()) {
                return Either.left(ran.getLeft());
            }
            done.add(statement.substring(0, statement.indexOf('(') > 0 ? statement.indexOf('(') : statement.length())
                    .strip());
        }
        return Either.right(String.join("; ", done));
    }

    /** The DDL, in order: database, then one external table per document kind. */
    public List<String> statements() {
        return List.of("CREATE DATABASE IF NOT EXISTS `" + settings.database() + "`",
                table(BrandQueries.METADATA_TABLE, BrandS3Layout.METADATA, "brand_id bigint, brand_name string,"
                        + " regex string, mcc_ids array<string>, confidence decimal(5,4), generation bigint,"
                        + " created_at string, generated_at string, open_escalation string, revision bigint", false),
                table(BrandQueries.FEEDBACK_TABLE, BrandS3Layout.FEEDBACK, "feedback_id string, brand_id bigint,"
                        + " text string, category string, submitted_at string", true),
                table(BrandQueries.EXECUTIONS_TABLE, BrandS3Layout.EXECUTIONS, "execution_id string,"
                        + " execution_arn string, brand_id bigint, status string, started_at string, ended_at string,"
                        + " duration_seconds double, error string, revision bigint", true),
                table(BrandQueries.ESCALATIONS_TABLE, BrandS3Layout.ESCALATIONS, "escalation_id string,"
                        + " brand_id bigint, brand_name string, reason string, confidence decimal(5,4),"
                        + " escalated_at string, status string, resolution_note string, updated_at string,"
                        + " revision bigint", true));
    }

    private String table(String name, String kind, String columns, boolean daily) {
        String location = layout.location(kind);
        String template = location + "tenant=${tenant}/" + (daily ? "dt=${dt}/" : "");
        return "CREATE EXTERNAL TABLE IF NOT EXISTS `" + settings.database() + "`.`" + name + "` (" + columns + ")"
                + " PARTITIONED BY (tenant string" + (daily ? ", dt string" : "") + ")"
                + " ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'"
                + " LOCATION '" + location + "'"
                + " TBLPROPERTIES ('projection.enabled'='true', 'projection.tenant.type'='injected',"
                + (daily ? " 'projection.dt.type'='date', 'projection.dt.format'='yyyy-MM-dd',"
                        + " 'projection.dt.range'='2020-01-01,NOW', 'projection.dt.interval'='1',"
                        + " 'projection.dt.interval.unit'='DAYS'," : "")
                + " 'storage.location.template'='" + template + "')";
    }

    BrandQueries queries() {
        return queries;
    }
}
