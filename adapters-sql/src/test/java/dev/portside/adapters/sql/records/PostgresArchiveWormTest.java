package dev.portside.adapters.sql.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.SealedRecord;
import dev.portside.testkit.records.RecordSamples;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The archive's WORM rules are PostgreSQL's own: connected as an application role granted only
 * {@code portside_archive_writer}, truncation, dropping, content updates, shortened retention and deletes before
 * retain-until or under legal hold are refused by the server (privileges and the trigger), not by Java code.
 */
class PostgresArchiveWormTest {

    private static final String TABLE = "records_archive.archived_records";

    @RegisterExtension
    static final PostgresBackend backend = PostgresBackend.shared();

    private static DataSource admin;
    private static DataSource app;
    private static RecordArchive archive;
    private final TenantId tenant = RecordSamples.freshTenant();

    @BeforeAll
    static void provisionAndConnectAsTheApplicationRole() throws SQLException {
        admin = backend.newDatabase();
        assertThat(new FlywayProvisioner(PostgresBackend.jdbi(admin), "records_archive").provision().isRight()).isTrue();
        String role = "portside_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create role " + role + " login password 'app' nosuperuser nocreaterole nocreatedb");
        execute(admin, "grant portside_archive_writer to " + role);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(backend.jdbcUrl(((PGSimpleDataSource) admin).getDatabaseName()));
        ds.setUser(role);
        ds.setPassword("app");
        app = ds;
        archive = new PostgresRecordArchive(PostgresBackend.jdbi(app), CursorCodec.fromSecret("test"));
    }

    @Test
    void theArchiveTableBelongsToTheOwnerRoleNotTheApplication() throws SQLException {
        assertThat(query(app, "select tableowner from pg_tables where schemaname = 'records_archive' "
                + "and tablename = 'archived_records'")).isEqualTo("portside_archive_owner");
        assertThat(query(app, "select nspowner::regrole::text from pg_namespace where nspname = 'records_archive'"))
                .isEqualTo("portside_archive_owner");
    }

    @Test
    void theApplicationRoleMayNeitherTruncateNorDropTheArchive() {
        SealedRecord sealed = archived(Duration.ofDays(1));

        assertRefused(app, "truncate " + TABLE, "42501");
        assertRefused(app, "drop table " + TABLE, "42501");
        assertRefused(app, "drop schema records_archive cascade", "42501");
        assertRefused(app, "alter table " + TABLE + " disable trigger archived_records_worm", "42501");
        assertThat(archive.get(tenant, sealed.id()).get()).isNotEmpty();
    }

    @Test
    void evenASuperuserCannotTruncateTheArchiveWhileTheTriggerStands() {
        SealedRecord sealed = archived(Duration.ofDays(1));

        assertRefused(admin, "truncate " + TABLE, "PSW01");
        assertThat(archive.get(tenant, sealed.id()).get()).isNotEmpty();
    }

    @Test
    void archivedContentCannotBeUpdatedByTheApplicationNorByAnyoneThroughTheTrigger() {
        SealedRecord sealed = archived(Duration.ofDays(1));

        assertRefused(app, "update " + TABLE + " set ciphertext = 'x' " + where(sealed), "42501");
        assertRefused(admin, "update " + TABLE + " set ciphertext = 'x' " + where(sealed), "PSW01");
        assertRefused(admin, "update " + TABLE + " set content_hash = repeat('0', 64) " + where(sealed), "PSW01");
        assertThat(archive.get(tenant, sealed.id()).get().get().sealed()).isEqualTo(sealed);
    }

    @Test
    void aDeleteBeforeRetainUntilIsRefusedByPostgres() {
        SealedRecord sealed = archived(Duration.ofDays(1));

        assertRefused(app, "delete from " + TABLE + " " + where(sealed), "PSW01");
        assertThat(archive.get(tenant, sealed.id()).get()).isNotEmpty();
    }

    @Test
    void retentionIsOnlyExtendedByPostgres() throws SQLException {
        SealedRecord sealed = archived(Duration.ofDays(1));

        assertRefused(app, "update " + TABLE + " set retain_until = retain_until - interval '1 hour' " + where(sealed),
                "PSW01");
        execute(app, "update " + TABLE + " set retain_until = retain_until + interval '1 day' " + where(sealed));
        assertThat(archive.get(tenant, sealed.id()).get().get().retention().retainUntil())
                .isAfter(Instant.now().plus(Duration.ofHours(47)));
    }

    @Test
    void aRecordIsNeverInsertedAlreadyExpired() {
        SealedRecord sealed = archived(Duration.ofDays(1));

        assertRefused(app, "insert into " + TABLE + " select tenant, 'copy-' || id, day, model_version, ts, metadata, "
                + "content_hash, format_version, key_id, wrapped_key, record_bound, iv, ciphertext, now() - interval "
                + "'1 day' from " + TABLE + " " + where(sealed), "PSW01");
    }

    @Test
    void aLegalHoldKeepsARecordPastItsRetainUntilUntilReleased() throws Exception {
        SealedRecord sealed = archived(Duration.ofSeconds(1));
        execute(app, "update " + TABLE + " set legal_hold = true " + where(sealed));

        Thread.sleep(1500);
        assertRefused(app, "delete from " + TABLE + " " + where(sealed), "PSW01");
        execute(app, "update " + TABLE + " set legal_hold = false " + where(sealed));

        execute(app, "delete from " + TABLE + " " + where(sealed));
        assertThat(archive.get(tenant, sealed.id()).get()).isEmpty();
    }

    private SealedRecord archived(Duration locked) {
        SealedRecord sealed = RecordSamples.sealed(tenant, "r-" + UUID.randomUUID(), Instant.now(), "a");
        assertThat(archive.put(sealed, Instant.now().plus(locked)).isRight()).isTrue();
        return sealed;
    }

    private String where(SealedRecord sealed) {
        return "where tenant = '" + tenant.value() + "' and id = '" + sealed.id().value() + "'";
    }

    private static void assertRefused(DataSource as, String sql, String state) {
        assertThatThrownBy(() -> execute(as, sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(state));
    }

    private static void execute(DataSource as, String sql) throws SQLException {
        try (Connection c = as.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(DataSource as, String sql) throws SQLException {
        try (Connection c = as.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
