package dev.portside.adapters.s3.brands;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Provisioner;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates the Athena database and the four external tables over the brand documents, and keeps their definitions
 * current. Tables use partition projection (tenant injected, day projected as a date), so a document written under a
 * new partition is queryable at once, with no DDL per write.
 *
 * <p>Each table carries the SHA-256 of its own DDL in {@code TBLPROPERTIES ('portside.definition'=…)}. A run lists the
 * database's tables ({@code SHOW TABLES IN}), reads the property of each that exists ({@code SHOW TBLPROPERTIES}),
 * creates the missing ones, replaces ({@code DROP TABLE} then {@code CREATE}) those whose definition differs or that
 * carry none (made before the property existed), and leaves the others alone. The tables are external: dropping one
 * removes only its definition from the catalog, never the documents under its location. A run that found every
 * table current says {@code unchanged}.
 */
public final class AthenaBrandProvisioner implements Provisioner {

    /** The table property holding the SHA-256 (hex) of the table's DDL without this property. */
    public static final String DEFINITION_PROPERTY = "portside.definition";

    /** One table: its name and its DDL without the definition property. */
    private record Definition(String table, String ddl) {
    }

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
        Either<Problem, String> database = ddl(createDatabase());
        if (database.isLeft()) {
            return Either.left(database.getLeft());
        }
        Either<Problem, Set<String>> existing = existingTables();
        if (existing.isLeft()) {
            return Either.left(existing.getLeft());
        }
        List<String> created = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (Definition table : definitions()) {
            String statement = withDigest(table);
            if (!existing.get().contains(table.table().toLowerCase(Locale.ROOT))) {
                Either<Problem, String> ran = ddl(statement);
                if (ran.isLeft()) {
                    return Either.left(ran.getLeft());
                }
                created.add(table.table());
                continue;
            }
            Either<Problem, Option<String>> stored = storedDigest(table.table());
            if (stored.isLeft()) {
                return Either.left(stored.getLeft());
            }
            if (stored.get().contains(digest(table.ddl()))) {
                current.add(table.table());
                continue;
            }
            Either<Problem, String> ran = ddl("DROP TABLE IF EXISTS " + qualified(table.table())).flatMap(d -> ddl(statement));
            if (ran.isLeft()) {
                return Either.left(ran.getLeft());
            }
            replaced.add(table.table() + (stored.get().isEmpty() ? " (it had no definition digest)" : ""));
        }
        if (created.isEmpty() && replaced.isEmpty()) {
            return Either.right(Provisioner.unchanged("database " + settings.database() + ", tables "
                    + String.join(", ", current) + " current"));
        }
        List<String> parts = new ArrayList<>();
        if (!created.isEmpty()) {
            parts.add("created tables " + String.join(", ", created));
        }
        if (!replaced.isEmpty()) {
            parts.add("replaced tables whose definition changed: " + String.join(", ", replaced));
        }
        if (!current.isEmpty()) {
            parts.add("current: " + String.join(", ", current));
        }
        return Either.right("database " + settings.database() + ": " + String.join("; ", parts));
    }

    private Either<Problem, String> ddl(String statement) {
        return runner.run(new AthenaQuery(statement, List.of(), "ddl"));
    }

    /** The database's tables, lower case, as {@code SHOW TABLES IN} lists them (one name per row). */
    private Either<Problem, Set<String>> existingTables() {
        return ddl("SHOW TABLES IN `" + settings.database() + "`").flatMap(runner::allRows)
                .map(rows -> rows.stream().filter(row -> !row.isEmpty() && row.get(0) != null)
                        .map(row -> row.get(0).strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /**
     * The definition digest a table carries, from {@code SHOW TBLPROPERTIES}: Athena answers one row per property,
     * {@code name<TAB>value} in one column (or name and value in two).
     */
    private Either<Problem, Option<String>> storedDigest(String table) {
        return ddl("SHOW TBLPROPERTIES " + qualified(table)).flatMap(runner::allRows).map(rows -> {
            for (List<String> row : rows) {
                List<String> cells = row.size() == 1 && row.get(0) != null ? List.of(row.get(0).split("\t", 2)) : row;
                if (cells.size() == 2 && cells.get(0) != null && cells.get(1) != null
                        && cells.get(0).strip().equals(DEFINITION_PROPERTY)) {
                    return Option.some(cells.get(1).strip());
                }
            }
            return Option.none();
        });
    }

    private String qualified(String table) {
        return "`" + settings.database() + "`.`" + table + "`";
    }

    /** The table's DDL with its own digest added to its TBLPROPERTIES. */
    private static String withDigest(Definition table) {
        String ddl = table.ddl();
        return ddl.substring(0, ddl.length() - 1) + ", '" + DEFINITION_PROPERTY + "'='" + digest(ddl) + "')";
    }

    /** SHA-256 of the DDL, hex. */
    static String digest(String ddl) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ddl.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private String createDatabase() {
        return "CREATE DATABASE IF NOT EXISTS `" + settings.database() + "`";
    }

    /** The DDL as it runs, in order: the database, then one external table per document kind with its digest. */
    public List<String> statements() {
        List<String> all = new ArrayList<>();
        all.add(createDatabase());
        definitions().forEach(table -> all.add(withDigest(table)));
        return all;
    }

    private List<Definition> definitions() {
        return List.of(
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

    private Definition table(String name, String kind, String columns, boolean daily) {
        String location = layout.location(kind);
        String template = location + "tenant=${tenant}/" + (daily ? "dt=${dt}/" : "");
        return new Definition(name, "CREATE EXTERNAL TABLE IF NOT EXISTS " + qualified(name) + " (" + columns + ")"
                + " PARTITIONED BY (tenant string" + (daily ? ", dt string" : "") + ")"
                + " ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'"
                + " LOCATION '" + location + "'"
                + " TBLPROPERTIES ('projection.enabled'='true', 'projection.tenant.type'='injected',"
                + (daily ? " 'projection.dt.type'='date', 'projection.dt.format'='yyyy-MM-dd',"
                        + " 'projection.dt.range'='2020-01-01,NOW', 'projection.dt.interval'='1',"
                        + " 'projection.dt.interval.unit'='DAYS'," : "")
                + " 'storage.location.template'='" + template + "')");
    }

    BrandQueries queries() {
        return queries;
    }
}
