package dev.portside.bootstrap.circles.migration;

import dev.portside.application.circles.CommunityCommands.AddComment;
import dev.portside.application.circles.CommunityCommands.AddResource;
import dev.portside.application.circles.CommunityCommands.AddResources;
import dev.portside.application.circles.CommunityCommands.ApproveMember;
import dev.portside.application.circles.CommunityCommands.ChangeRole;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.ModerateStory;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RegisterMembers;
import dev.portside.application.circles.CommunityCommands.RemoveMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.ImportReport;
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
        return community.members().registerAll(new RegisterMembers(options.tenant(), rows.stream().map(r ->
                new RegisterMember(options.tenant(), r.get("id"), form(r))).toList()));
    }

    private static MemberForm form(Map<String, String> r) {
        return MemberForm.builder(r.get("email"), r.get("display_name"))
                .bio(r.get("bio"))
                .culturalBackground(LegacyValues.list(r.get("cultural_background")))
                .communicationStyle(LegacyValues.name(LegacyValues.orDefault(r.get("communication_style"),
                        "GENTLE_ENCOURAGING")))
                .diagnosisStage(LegacyValues.name(LegacyValues.orDefault(r.get("diagnosis_stage"), "MANAGING_WELL")))
                .supportNeeds(LegacyValues.list(r.get("support_needs")))
                .profileVisibility(LegacyValues.name(LegacyValues.orDefault(r.get("profile_visibility"),
                        "CIRCLES_ONLY")))
                .theme(LegacyValues.name(LegacyValues.orDefault(r.get("theme"), "AUTO")))
                .language(LegacyValues.orDefault(r.get("language"), "en"))
                .timezone(LegacyValues.orDefault(r.get("timezone"), "UTC"))
                .primaryGoals(LegacyValues.list(r.get("primary_goals")))
                .build();
    }

    private Either<Problem, ImportReport> resources(List<Map<String, String>> rows) {
        return community.market().addResources(new AddResources(options.tenant(), rows.stream().map(r ->
                new AddResource(options.tenant(), r.get("id"), r.get("title"), LegacyValues.name(r.get("type")),
                        r.get("url"), LegacyValues.list(r.get("tags")), r.get("status") == null ? null
                        : LegacyValues.name(r.get("status")))).toList()));
    }

    private void one(String table, Map<String, String> r) {
        report.read(table);
        String t = options.tenant();
        Either<Problem, ?> result = switch (table) {
            case "circles" -> community.circles().create(CreateCircle.builder(t, r.get("owner_id"), r.get("name"),
                            LegacyValues.name(r.get("type")),
                            LegacyValues.name(LegacyValues.orDefault(r.get("privacy"), "PUBLIC")))
                    .id(r.get("id"))
                    .description(r.get("description"))
                    .requireApproval(LegacyValues.flag(r.get("require_approval")))
                    .maxMembers(LegacyValues.number(LegacyValues.orDefault(r.get("max_members"), "50")))
                    .culturalFocus(LegacyValues.list(r.get("cultural_focus")))
                    .moderationLevel(LegacyValues.name(LegacyValues.orDefault(r.get("moderation_level"), "MODERATE")))
                    .tags(LegacyValues.list(r.get("tags")))
                    .build());
            case "circle_members" -> membership(r);
            case "stories" -> story(r);
            case "comments" -> community.stories().comment(new AddComment(t, r.get("story_id"), r.get("id"),
                    r.get("author_id"), r.get("body")));
            case "businesses" -> community.market().registerBusiness(new RegisterBusiness(t, r.get("id"),
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
        Either<Problem, Circle> circle = community.circles().get(new GetCircle(t, r.get("circle_id")));
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
        String circleId = r.get("circle_id");
        String user = r.get("user_id");
        Either<Problem, Membership> joined = community.circles().join(new JoinCircle(t, circleId, user));
        if (joined.isLeft() && joined.getLeft() instanceof Problem.Rejected rejected
                && rejected.rule().equals("removed-cannot-rejoin")) {
            return Either.left(new Problem.AlreadyExists("membership", "removed earlier"));
        }
        if (joined.isRight() && "ACTIVE".equals(status) && joined.get().status() == MembershipStatus.PENDING) {
            joined = community.circles().approve(new ApproveMember(t, circleId, owner, user));
        }
        if (joined.isRight() && ("MODERATOR".equals(role) || "ADMIN".equals(role))) {
            joined = community.circles().changeRole(new ChangeRole(t, circleId, owner, user, role));
        }
        if (joined.isRight() && "REMOVED".equals(status)) {
            joined = community.circles().remove(new RemoveMember(t, circleId, owner, user));
        }
        return joined;
    }

    private Either<Problem, ?> story(Map<String, String> r) {
        String t = options.tenant();
        String circle = r.get("circle_id") == null || r.get("circle_id").isBlank() ? null : r.get("circle_id");
        var shared = community.stories().share(new ShareStory(t, r.get("id"), r.get("author_id"), circle,
                r.get("title"), r.get("body"), LegacyValues.list(r.get("tags"))));
        String status = LegacyValues.name(LegacyValues.orDefault(r.get("status"), "PUBLISHED"));
        if (shared.isLeft() || "PUBLISHED".equals(status) || circle == null) {
            return shared;
        }
        String owner = community.circles().get(new GetCircle(t, circle)).map(c -> c.owner().value()).getOrNull();
        return community.stories().moderate(new ModerateStory(t, r.get("id"), owner, "FLAGGED".equals(status) ? "FLAG"
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
