package dev.portside.bootstrap.circles.migration;

import dev.portside.application.circles.Commands;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.ImportReport;
import dev.portside.application.circles.MemberForm;
import dev.portside.bootstrap.spi.ProgressBar;
import dev.portside.domain.circles.Circle;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Imports a legacy SQLite database through the {@link Community} use cases, so every row is validated exactly like
 * any other input: members and resources in batches, the rest row by row, each row all-or-nothing. Rows whose id is
 * already stored are skipped, so running it again imports nothing twice. Without {@code continueOnError} the import
 * stops after the first failed row (or batch).
 */
public final class SqliteImport {

    /** Options of one run. */
    public record Options(String tenant, int batchSize, boolean continueOnError) {
    }

    private final Community community;
    private final Options options;
    private final PrintStream progress;
    private final MigrationReport report = new MigrationReport();

    public SqliteImport(Community community, Options options, PrintStream progress) {
        this.community = community;
        this.options = options;
        this.progress = progress;
    }

    public MigrationReport run(Path file, LegacySchema schema) throws SQLException {
        try (LegacyDatabase db = new LegacyDatabase(file, schema)) {
            java.util.Set<String> present = db.tables();
            for (String table : LegacySchema.TABLES.keySet()) {
                if (report.stopped()) {
                    break;
                }
                List<Map<String, String>> rows = present.contains(schema.table(table)) ? db.rows(table) : List.of();
                ProgressBar bar = new ProgressBar(progress, String.format("%-15s", table), rows.size());
                report.entity(table);
                switch (table) {
                    case "users" -> batches(table, rows, bar, this::members);
                    case "resources" -> batches(table, rows, bar, this::resources);
                    default -> rows.forEach(row -> {
                        if (!report.stopped()) {
                            one(table, row);
                            bar.step(1);
                        }
                    });
                }
                bar.done();
            }
        }
        return report;
    }

    private void batches(String table, List<Map<String, String>> rows, ProgressBar bar,
                         Function<List<Map<String, String>>, Either<Problem, ImportReport>> write) {
        for (int from = 0; from < rows.size() && !report.stopped(); from += options.batchSize()) {
            List<Map<String, String>> batch = rows.subList(from, Math.min(rows.size(), from + options.batchSize()));
            Either<Problem, ImportReport> result = write.apply(batch);
            for (int i = 0; i < batch.size(); i++) {
                report.read(table);
                String key = String.valueOf(batch.get(i).get("id"));
                Problem p = result.isLeft() ? result.getLeft() : result.get().refused().get(i);
                record(table, key, p == null ? Either.right(true) : Either.left(p));
            }
            bar.step(batch.size());
        }
    }

    private Either<Problem, ImportReport> members(List<Map<String, String>> rows) {
        return community.registerAll(new Commands.RegisterMembers(options.tenant(), rows.stream().map(r ->
                new Commands.RegisterMember(options.tenant(), r.get("id"), new MemberForm(r.get("email"),
                        r.get("display_name"), r.get("bio"), LegacyValues.list(r.get("cultural_background")),
                        LegacyValues.name(LegacyValues.orDefault(r.get("communication_style"), "GENTLE_ENCOURAGING")),
                        LegacyValues.name(LegacyValues.orDefault(r.get("diagnosis_stage"), "MANAGING_WELL")),
                        LegacyValues.list(r.get("support_needs")),
                        LegacyValues.name(LegacyValues.orDefault(r.get("profile_visibility"), "CIRCLES_ONLY")),
                        true, false, true, LegacyValues.name(LegacyValues.orDefault(r.get("theme"), "AUTO")),
                        LegacyValues.orDefault(r.get("language"), "en"), LegacyValues.orDefault(r.get("timezone"),
                        "UTC"), false, false, false, false, LegacyValues.list(r.get("primary_goals"))))).toList()));
    }

    private Either<Problem, ImportReport> resources(List<Map<String, String>> rows) {
        return community.addResources(new Commands.AddResources(options.tenant(), rows.stream().map(r ->
                new Commands.AddResource(options.tenant(), r.get("id"), r.get("title"), LegacyValues.name(r.get("type")),
                        r.get("url"), LegacyValues.list(r.get("tags")), r.get("status") == null ? null
                        : LegacyValues.name(r.get("status")))).toList()));
    }

    private void one(String table, Map<String, String> r) {
        report.read(table);
        String t = options.tenant();
        Either<Problem, ?> result = switch (table) {
            case "circles" -> community.createCircle(new Commands.CreateCircle(t, r.get("id"), r.get("owner_id"),
                    r.get("name"), r.get("description"), LegacyValues.name(r.get("type")),
                    LegacyValues.name(LegacyValues.orDefault(r.get("privacy"), "PUBLIC")),
                    LegacyValues.flag(r.get("require_approval")), LegacyValues.number(LegacyValues.orDefault(
                    r.get("max_members"), "50")), LegacyValues.list(r.get("cultural_focus")),
                    LegacyValues.name(LegacyValues.orDefault(r.get("moderation_level"), "MODERATE")),
                    LegacyValues.list(r.get("tags"))));
            case "circle_members" -> membership(r);
            case "stories" -> story(r);
            case "comments" -> community.comment(new Commands.AddComment(t, r.get("story_id"), r.get("id"),
                    r.get("author_id"), r.get("body")));
            case "businesses" -> community.registerBusiness(new Commands.RegisterBusiness(t, r.get("id"),
                    r.get("name"), r.get("category"), r.get("owner_id"), r.get("description"), r.get("website")));
            default -> throw new IllegalStateException("no importer for " + table);
        };
        String key = table.equals("circle_members") ? r.get("circle_id") + "/" + r.get("user_id")
                : String.valueOf(r.get("id"));
        record(table, key, result);
    }

    private Either<Problem, ?> membership(Map<String, String> r) {
        String t = options.tenant();
        String role = LegacyValues.name(LegacyValues.orDefault(r.get("role"), "MEMBER"));
        String status = LegacyValues.name(LegacyValues.orDefault(r.get("status"), "ACTIVE"));
        Either<Problem, Circle> circle = community.circle(new Commands.GetCircle(t, r.get("circle_id")));
        if (circle.isLeft()) {
            return circle;
        }
        String owner = circle.get().owner().value();
        if ("OWNER".equals(role)) {
            return owner.equals(r.get("user_id"))
                    ? Either.left(new Problem.AlreadyExists("membership", "owner created with the circle"))
                    : Either.left(new Problem.Rejected("one-owner", "circle " + r.get("circle_id") + " is owned by "
                    + owner + "; a circle has exactly one owner"));
        }
        Either<Problem, Membership> joined = community.join(new Commands.Join(t, r.get("circle_id"), r.get("user_id")));
        if (joined.isLeft() && joined.getLeft() instanceof Problem.Rejected rejected
                && rejected.rule().equals("removed-cannot-rejoin")) {
            return Either.left(new Problem.AlreadyExists("membership", "removed earlier"));
        }
        Commands.Act byOwner = new Commands.Act(t, r.get("circle_id"), owner, r.get("user_id"));
        if (joined.isRight() && "ACTIVE".equals(status) && joined.get().status() == MembershipStatus.PENDING) {
            joined = community.approve(byOwner);
        }
        if (joined.isRight() && ("MODERATOR".equals(role) || "ADMIN".equals(role))) {
            joined = community.changeRole(new Commands.ChangeRole(t, r.get("circle_id"), owner, r.get("user_id"), role));
        }
        if (joined.isRight() && "REMOVED".equals(status)) {
            joined = community.remove(byOwner);
        }
        return joined;
    }

    private Either<Problem, ?> story(Map<String, String> r) {
        String t = options.tenant();
        String circle = r.get("circle_id") == null || r.get("circle_id").isBlank() ? null : r.get("circle_id");
        var shared = community.share(new Commands.ShareStory(t, r.get("id"), r.get("author_id"), circle,
                r.get("title"), r.get("body"), LegacyValues.list(r.get("tags"))));
        String status = LegacyValues.name(LegacyValues.orDefault(r.get("status"), "PUBLISHED"));
        if (shared.isLeft() || "PUBLISHED".equals(status) || circle == null) {
            return shared;
        }
        String owner = community.circle(new Commands.GetCircle(t, circle)).map(c -> c.owner().value()).getOrNull();
        return community.moderate(new Commands.Moderate(t, r.get("id"), owner, "FLAGGED".equals(status) ? "FLAG"
                : "REMOVE"));
    }

    private void record(String table, String key, Either<Problem, ?> result) {
        if (result.isRight()) {
            report.imported(table);
            return;
        }
        Problem p = result.getLeft();
        if (p instanceof Problem.AlreadyExists exists && !exists.kind().endsWith("email")) {
            report.skipped(table, key, "already imported (" + p.message() + ")");
            return;
        }
        report.failed(table, key, p.message());
        if (!options.continueOnError()) {
            report.stop();
        }
    }
}
