package dev.portside.bootstrap.circles.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds legacy SQLite files for tests: the documented schema with good rows and deliberately bad ones. */
final class LegacyFixture {

    private LegacyFixture() {
    }

    static Path standard(Path dir) throws SQLException {
        Path file = dir.resolve("legacy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("create table users (id text primary key, email text, display_name text, bio text, "
                    + "cultural_background text, communication_style text, diagnosis_stage text, support_needs text, "
                    + "profile_visibility text, theme text, language text, timezone text, primary_goals text, "
                    + "legacy_score integer)");
            s.execute("insert into users values ('u1', 'Ana@Example.com', 'Ana', 'hi', '[\"Latina\"]', "
                    + "'gentle_encouraging', 'managing_well', 'peer support,education', 'circles_only', 'dark', 'en', "
                    + "'America/New_York', 'community connection', 7)");
            s.execute("insert into users values ('u2', 'bea@example.com', 'Bea', null, 'Caribbean', 'direct', "
                    + "'newly_diagnosed', '', 'public', 'light', 'en', 'UTC', null, 1)");
            s.execute("insert into users values ('u3', 'not-an-email', 'Cat', null, null, null, null, null, null, "
                    + "null, null, null, null, 0)");
            s.execute("insert into users values ('u4', 'ANA@example.com', 'Ana again', null, null, null, null, null, "
                    + "null, null, null, null, null, 0)");
            s.execute("insert into users values ('u5', 'dan@example.com', 'Dan', null, null, null, null, null, null, "
                    + "null, null, 'Mars/Base', null, 0)");
            s.execute("create table circles (id text, name text, description text, type text, privacy text, "
                    + "require_approval integer, max_members integer, owner_id text, cultural_focus text, "
                    + "moderation_level text, tags text)");
            s.execute("insert into circles values ('c1', 'Hope', 'support', 'support_group', 'private', 1, 20, 'u1', "
                    + "'Latina', 'moderate', 'support,hope')");
            s.execute("insert into circles values ('c2', 'Walkers', null, 'wellness', 'public', 0, 1, 'u2', null, "
                    + "'light', null)");
            s.execute("create table circle_members (circle_id text, user_id text, role text, status text)");
            s.execute("insert into circle_members values ('c1', 'u1', 'owner', 'active')");
            s.execute("insert into circle_members values ('c1', 'u2', 'moderator', 'active')");
            s.execute("insert into circle_members values ('c9', 'u2', 'member', 'active')");
            s.execute("create table stories (id text, author_id text, circle_id text, title text, body text, "
                    + "tags text, status text)");
            s.execute("insert into stories values ('s1', 'u2', 'c1', 'First week', 'It was hard', 'hope', "
                    + "'published')");
            s.execute("insert into stories values ('s2', 'u1', 'c1', 'Flagged', 'Spam', null, 'flagged')");
            s.execute("insert into stories values ('s3', 'u1', null, '', 'no title', null, 'published')");
            s.execute("create table comments (id text, story_id text, author_id text, body text)");
            s.execute("insert into comments values ('k1', 's1', 'u1', 'Thank you')");
            s.execute("insert into comments values ('k2', 's404', 'u1', 'Lost')");
            s.execute("create table businesses (id text, name text, category text, owner_id text, description text, "
                    + "website text)");
            s.execute("insert into businesses values ('b1', 'Tea Shop', 'food', 'u1', null, 'https://tea.example')");
            s.execute("insert into businesses values ('b2', 'Ghost Shop', 'food', 'nobody', null, null)");
            s.execute("create table resources (id text, title text, type text, url text, tags text, status text)");
            s.execute("insert into resources values ('r1', 'Guide', 'guide', 'https://r.example/1', 'guide', null)");
            s.execute("insert into resources values ('r2', 'Bad', 'podcast', 'ftp://r.example/2', null, null)");
        }
        return file;
    }
}
