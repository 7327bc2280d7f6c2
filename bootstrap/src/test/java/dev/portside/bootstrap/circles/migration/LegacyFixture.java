package dev.portside.bootstrap.circles.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds legacy SQLite files for tests: the documented schema with good rows (legacy times, votes, flags and
 * counters that an import must keep) and deliberately bad ones.
 */
final class LegacyFixture {


    private LegacyFixture() {
    }

    static Path standard(Path dir) throws SQLException {
        Path file = dir.resolve("legacy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("create table users (id text primary key, email text, display_name text, bio text, "
                    + "cultural_background text, communication_style text, diagnosis_stage text, support_needs text, "
                    + "profile_visibility text, theme text, language text, timezone text, primary_goals text, "
                    + "is_verified integer, is_active integer, stories_shared integer, helpful_votes integer, "
                    + "circles_joined integer, comments_count integer, last_active text, created_at text, "
                    + "updated_at text, legacy_score integer)");
            s.execute("insert into users values ('u1', 'Ana@Example.com', 'Ana', 'hi', '[\"Latina\"]', "
                    + "'gentle_encouraging', 'managing_well', 'peer support,education', 'circles_only', 'dark', 'en', "
                    + "'America/New_York', 'community connection', 1, 1, 3, 12, 2, 5, '2021-06-01 08:00:00', "
                    + "'2020-01-02 03:04:05', '2021-05-01T10:00:00Z', 7)");
            s.execute("insert into users values ('u2', 'bea@example.com', 'Bea', null, 'Caribbean', 'direct', "
                    + "'newly_diagnosed', '', 'public', 'light', 'en', 'UTC', null, 0, 0, 1, 0, 1, 0, null, "
                    + "'1600000000000', null, 1)");
            s.execute("insert into users (id, email, display_name, stories_shared, created_at) values ('u3', "
                    + "'not-an-email', 'Cat', -2, 'yesterday')");
            s.execute("insert into users (id, email, display_name) values ('u4', 'ANA@example.com', 'Ana again')");
            s.execute("insert into users (id, email, display_name, timezone) values ('u5', 'dan@example.com', 'Dan', "
                    + "'Mars/Base')");
            s.execute("create table circles (id text, name text, description text, type text, privacy text, "
                    + "require_approval integer, max_members integer, owner_id text, cultural_focus text, "
                    + "moderation_level text, tags text, status text, posts_this_week integer, posts_this_month "
                    + "integer, created_at text, updated_at text)");
            s.execute("insert into circles values ('c1', 'Hope', 'support', 'support_group', 'private', 1, 20, 'u1', "
                    + "'Latina', 'moderate', 'support,hope', 'active', 2, 7, '2020-02-01 00:00:00', "
                    + "'2021-04-30 12:00:00')");
            s.execute("insert into circles values ('c2', 'Walkers', null, 'wellness', 'public', 0, 1, 'u2', null, "
                    + "'light', null, null, null, null, null, null)");
            s.execute("create table circle_members (circle_id text, user_id text, role text, status text, "
                    + "joined_at text)");
            s.execute("insert into circle_members values ('c1', 'u1', 'owner', 'active', '2020-02-01 00:00:01')");
            s.execute("insert into circle_members values ('c1', 'u2', 'moderator', 'active', '2020-03-01 09:30:00')");
            s.execute("insert into circle_members values ('c9', 'u2', 'member', 'active', null)");
            s.execute("create table stories (id text, author_id text, circle_id text, title text, body text, "
                    + "tags text, status text, helpful_votes integer, created_at text, updated_at text)");
            s.execute("insert into stories values ('s1', 'u2', 'c1', 'First week', 'It was hard', 'hope', "
                    + "'published', 9, '2020-03-02 10:00:00', '2020-03-05 10:00:00')");
            s.execute("insert into stories values ('s2', 'u1', 'c1', 'Flagged', 'Spam', null, 'flagged', 0, "
                    + "'2020-03-03 10:00:00', null)");
            s.execute("insert into stories values ('s3', 'u1', null, '', 'no title', null, 'published', 0, null, "
                    + "null)");
            s.execute("insert into stories values ('s4', 'u1', 'c1', 'Older', 'Before the others', null, "
                    + "'published', 4, '2020-02-15 10:00:00', '2020-02-15 10:00:00')");
            s.execute("create table comments (id text, story_id text, author_id text, body text, created_at text)");
            s.execute("insert into comments values ('k1', 's1', 'u1', 'Thank you', '2020-03-02 11:00:00')");
            s.execute("insert into comments values ('k2', 's404', 'u1', 'Lost', null)");
            s.execute("create table businesses (id text, name text, category text, owner_id text, description text, "
                    + "website text, is_verified integer, status text, created_at text, updated_at text)");
            s.execute("insert into businesses values ('b1', 'Tea Shop', 'food', 'u1', null, 'https://tea.example', 1, "
                    + "'active', '2020-05-01 00:00:00', '2020-05-02 00:00:00')");
            s.execute("insert into businesses values ('b2', 'Ghost Shop', 'food', 'nobody', null, null, 0, null, null, "
                    + "null)");
            s.execute("create table resources (id text, title text, type text, url text, tags text, status text, "
                    + "created_at text, updated_at text)");
            s.execute("insert into resources values ('r1', 'Guide', 'guide', 'https://r.example/1', 'guide', null, "
                    + "'2020-06-01 00:00:00', null)");
            s.execute("insert into resources values ('r2', 'Bad', 'podcast', 'ftp://r.example/2', null, null, null, "
                    + "null)");
        }
        return file;
    }
}
