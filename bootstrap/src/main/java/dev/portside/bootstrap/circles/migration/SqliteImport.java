package dev.portside.bootstrap.circles.migration;

import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.AddComment;
import dev.portside.application.circles.CommunityCommands.AddResource;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.GetCircle;
import dev.portside.application.circles.CommunityCommands.GetMember;
import dev.portside.application.circles.CommunityCommands.GetStory;
import dev.portside.application.circles.CommunityCommands.ImportBusiness;
import dev.portside.application.circles.CommunityCommands.ImportBusinesses;
import dev.portside.application.circles.CommunityCommands.ImportCircle;
import dev.portside.application.circles.CommunityCommands.ImportComment;
import dev.portside.application.circles.CommunityCommands.ImportMember;
import dev.portside.application.circles.CommunityCommands.ImportMembers;
import dev.portside.application.circles.CommunityCommands.ImportMembership;
import dev.portside.application.circles.CommunityCommands.ImportResource;
import dev.portside.application.circles.CommunityCommands.ImportResources;
import dev.portside.application.circles.CommunityCommands.ImportStory;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.circles.CommunityCommands.Stored;
import dev.portside.application.circles.ImportReport;
import dev.portside.bootstrap.spi.ProgressBar;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a legacy SQLite database through {@link Community#imports()}: every row is checked by the domain, and
 * each is one atomic write keeping the legacy times, flags, votes and counters as facts. Tables are streamed
 * {@code batchSize} rows at a time; members, businesses and resources go to the store one batch per call, the
 * other rows one call each. A row already in the target counts as already present, so running again (or after a
 * run that stopped) imports nothing twice. A refused row stops the run unless {@code continueOnError}; an
 * unavailable target always stops it. A dry run checks every row against the target the same way and writes
 * nothing; rows it accepted stand in for the target when later rows refer to them or repeat them.
 */
public final class SqliteImport {

    /** Options of one run. */
    public record Options(String tenant, int batchSize, boolean continueOnError, boolean dryRun) {
    }

    private static final Map<String, String> TABLE_OF_KIND = Map.of("member", "users", "circle", "circles",
            "story", "stories");

    private final Community community;
    private final Options options;
    private final PrintStream progress;
    private final MigrationReport report = new MigrationReport();
    private final Map<String, Set<String>> accepted = new HashMap<>();
    private final Set<String> acceptedEmails = new HashSet<>();
    private final Map<String, String> ownersInRun = new HashMap<>();

    public SqliteImport(Community community, Options options, PrintStream progress) {
        this.community = community;
        this.options = options;
        this.progress = progress;
    }

    public MigrationReport run(Path file, LegacySchema schema) throws SQLException {
        try (LegacyDatabase db = new LegacyDatabase(file, schema)) {
            Set<String> present = db.tables();
            for (String table : LegacySchema.TABLES.keySet()) {
                if (report.stopped()) {
                    break;
                }
                report.entity(table);
                if (!present.contains(schema.table(table))) {
                    continue;
                }
                ProgressBar bar = new ProgressBar(progress, String.format("%-15s", table),
                        db.count(schema.table(table)));
                db.stream(table, options.batchSize(), rows -> {
                    batch(table, rows);
                    bar.step(rows.size());
                    return !report.stopped();
                });
                bar.done();
            }
        }
        return report;
    }

    private void batch(String table, List<Map<String, String>> rows) {
        switch (table) {
            case "users" -> bulk(table, rows, community.imports().members(new ImportMembers(options.tenant(),
                    rows.stream().map(SqliteImport::member).toList(), options.dryRun())));
            case "businesses" -> bulk(table, rows, community.imports().businesses(new ImportBusinesses(
                    options.tenant(), rows.stream().map(this::business).toList(), options.dryRun())));
            case "resources" -> bulk(table, rows, community.imports().resources(new ImportResources(
                    options.tenant(), rows.stream().map(this::resource).toList(), options.dryRun())));
            default -> {
                for (Map<String, String> row : rows) {
                    if (report.stopped()) {
                        return;
                    }
                    outcome(table, row, one(table, row).swap().getOrNull());
                }
            }
        }
    }

    private void bulk(String table, List<Map<String, String>> rows, Either<Problem, ImportReport> result) {
        if (result.isLeft()) {
            stop(table, rows.get(0), result.getLeft());
            return;
        }
        for (int i = 0; i < rows.size() && !report.stopped(); i++) {
            outcome(table, rows.get(i), result.get().refused().get(i));
        }
    }

    private Either<Problem, ?> one(String table, Map<String, String> r) {
        String t = options.tenant();
        boolean dry = options.dryRun();
        return switch (table) {
            case "circles" -> community.imports().circle(new ImportCircle(CreateCircle.builder(t, r.get("owner_id"),
                            r.get("name"), LegacyValues.name(r.get("type")),
                            LegacyValues.name(LegacyValues.orDefault(r.get("privacy"), "PUBLIC")))
                    .id(r.get("id"))
                    .description(r.get("description"))
                    .requireApproval(LegacyValues.flag(r.get("require_approval")))
                    .maxMembers(LegacyValues.number(LegacyValues.orDefault(r.get("max_members"), "50")))
                    .culturalFocus(LegacyValues.list(r.get("cultural_focus")))
                    .moderationLevel(LegacyValues.name(LegacyValues.orDefault(r.get("moderation_level"), "MODERATE")))
                    .tags(LegacyValues.list(r.get("tags")))
                    .build(), LegacyValues.name(r.get("status")), LegacyValues.count(r.get("posts_this_week")),
                    LegacyValues.count(r.get("posts_this_month")), r.get(LegacyDatabase.OWNER_JOINED_AT),
                    stored(r), dry));
            case "circle_members" -> community.imports().membership(new ImportMembership(t, r.get("circle_id"),
                    r.get("user_id"), LegacyValues.name(r.get("role")), LegacyValues.name(r.get("status")),
                    r.get("joined_at"), dry));
            case "stories" -> community.imports().story(new ImportStory(new ShareStory(t, r.get("id"),
                    r.get("author_id"), blankAsNull(r.get("circle_id")), r.get("title"), r.get("body"),
                    LegacyValues.list(r.get("tags"))), LegacyValues.name(r.get("status")),
                    LegacyValues.count(r.get("helpful_votes")), LegacyValues.count(r.get("comment_count") != null
                    ? r.get("comment_count") : r.get(LegacyDatabase.COMMENTS_IN_FILE)), stored(r), dry));
            case "comments" -> community.imports().comment(new ImportComment(new AddComment(t, r.get("story_id"),
                    r.get("id"), r.get("author_id"), r.get("body")), r.get("created_at"), dry));
            default -> throw new IllegalStateException("no importer for " + table);
        };
    }

    private static ImportMember member(Map<String, String> r) {
        return new ImportMember(r.get("id"), form(r), LegacyValues.flag(r.get("is_verified")),
                LegacyValues.flag(LegacyValues.orDefault(r.get("is_active"), "1")),
                LegacyValues.count(r.get("stories_shared")), LegacyValues.count(r.get("helpful_votes")),
                LegacyValues.count(r.get("circles_joined")), LegacyValues.count(r.get("comments_count")),
                r.get("last_active"), stored(r));
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

    private ImportBusiness business(Map<String, String> r) {
        return new ImportBusiness(new RegisterBusiness(options.tenant(), r.get("id"), r.get("name"),
                r.get("category"), r.get("owner_id"), r.get("description"), r.get("website")),
                LegacyValues.flag(r.get("is_verified")), LegacyValues.name(r.get("status")), stored(r));
    }

    private ImportResource resource(Map<String, String> r) {
        return new ImportResource(new AddResource(options.tenant(), r.get("id"), r.get("title"),
                LegacyValues.name(r.get("type")), r.get("url"), LegacyValues.list(r.get("tags")),
                r.get("status") == null ? null : LegacyValues.name(r.get("status"))), stored(r));
    }

    private static Stored stored(Map<String, String> r) {
        return new Stored(r.get("created_at"), r.get("updated_at"));
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String key(String table, Map<String, String> row) {
        return table.equals("circle_members") ? row.get("circle_id") + "/" + row.get("user_id")
                : String.valueOf(row.get("id"));
    }

    /** Counts one row's outcome ({@code problem} null: imported, or would be on a dry run). */
    private void outcome(String table, Map<String, String> row, Problem problem) {
        String key = key(table, row);
        if (problem instanceof Problem.Unavailable) {
            stop(table, row, problem);
            return;
        }
        if (problem instanceof Problem.AlreadyExists exists && !exists.kind().endsWith("email")) {
            report.present(table);
            return;
        }
        if (options.dryRun() && (problem == null || standsIn(problem))) {
            Problem missing = problem == null ? null : missingReference(table, row);
            if (missing != null) {
                refuse(table, key, missing);
            } else if (table.equals("circle_members") && "OWNER".equals(LegacyValues.name(row.get("role")))
                    && row.get("user_id") != null && row.get("user_id").equals(ownersInRun.get(row.get("circle_id")))) {
                report.present(table);
            } else {
                dryRunAccepts(table, row, key);
            }
            return;
        }
        if (problem == null) {
            report.imported(table);
            return;
        }
        refuse(table, key, problem);
    }

    /** On a dry run, a row the run accepted earlier stands in for the target: repeats are present, references found. */
    private boolean standsIn(Problem problem) {
        return problem instanceof Problem.NotFound missing && TABLE_OF_KIND.containsKey(missing.kind())
                && accepted.getOrDefault(TABLE_OF_KIND.get(missing.kind()), Set.of()).contains(missing.id());
    }

    private record Ref(String kind, String id) {
    }

    /** On a dry run, the first reference of a row found neither in the target nor among the rows accepted so far. */
    private Problem missingReference(String table, Map<String, String> row) {
        String t = options.tenant();
        List<Ref> references = switch (table) {
            case "circle_members" -> List.of(new Ref("member", row.get("user_id")),
                    new Ref("circle", row.get("circle_id")));
            case "stories" -> blankAsNull(row.get("circle_id")) == null
                    ? List.of(new Ref("member", row.get("author_id")))
                    : List.of(new Ref("member", row.get("author_id")), new Ref("circle", row.get("circle_id")));
            case "comments" -> List.of(new Ref("story", row.get("story_id")),
                    new Ref("member", row.get("author_id")));
            default -> List.of();
        };
        for (Ref ref : references) {
            boolean inRun = accepted.getOrDefault(TABLE_OF_KIND.get(ref.kind()), Set.of()).contains(ref.id());
            boolean stored = !inRun && switch (ref.kind()) {
                case "member" -> community.members().get(new GetMember(t, ref.id())).isRight();
                case "circle" -> community.circles().get(new GetCircle(t, ref.id())).isRight();
                default -> community.stories().get(new GetStory(t, ref.id())).isRight();
            };
            if (!inRun && !stored) {
                return new Problem.NotFound(ref.kind(), String.valueOf(ref.id()));
            }
        }
        return null;
    }

    private void dryRunAccepts(String table, Map<String, String> row, String key) {
        if (accepted.getOrDefault(table, Set.of()).contains(key)) {
            report.present(table);
            return;
        }
        if (table.equals("users") && row.get("email") != null
                && !acceptedEmails.add(row.get("email").strip().toLowerCase(Locale.ROOT))) {
            refuse(table, key, new Problem.AlreadyExists("member email", "?"));
            return;
        }
        accepted.computeIfAbsent(table, t -> new HashSet<>()).add(key);
        if (table.equals("circles") && row.get("owner_id") != null) {
            ownersInRun.put(key, row.get("owner_id"));
        }
        report.imported(table);
    }

    private void refuse(String table, String key, Problem problem) {
        report.refused(table, key, problem);
        if (!options.continueOnError()) {
            report.stop("row " + table + " " + key + " was refused (use --continue-on-error to import the other "
                    + "rows)");
        }
    }

    private void stop(String table, Map<String, String> row, Problem problem) {
        report.stop("the target is unavailable at " + table + " " + key(table, row) + " ("
                + MigrationReport.reason(problem) + "); no row is half-written: run the same command again to "
                + "resume");
    }
}
