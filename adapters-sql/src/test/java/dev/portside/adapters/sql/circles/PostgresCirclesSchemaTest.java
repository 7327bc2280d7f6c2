package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.support.PostgresTableHealthCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema is migrated idempotently, the database itself refuses a duplicate email or a second owner, and a
 * membership written before memberships recorded their last change reads as last changed when it was joined.
 */
class PostgresCirclesSchemaTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Test
    void migrating_twice_changes_nothing_and_the_history_has_its_own_table() {
        Jdbi jdbi = PostgresCircles.jdbi(getClass());
        assertThat(new FlywayProvisioner(jdbi, "circles").provision().get()).contains("0 migrations applied");
        long applied = jdbi.withHandle(h -> h.createQuery("select count(*) from flyway_circles_history "
                + "where success").mapTo(Long.class).one());
        assertThat(applied).isGreaterThanOrEqualTo(1);
        assertThat(new PostgresTableHealthCheck("circles: postgres", jdbi, "circles_circles").check().isRight()).isTrue();
    }

    @Test
    void the_database_refuses_a_duplicate_email_in_other_case_and_a_second_owner() {
        Jdbi jdbi = PostgresCircles.jdbi(getClass());
        String t = CircleFixtures.freshTenant().value();
        jdbi.useHandle(h -> h.execute("insert into circles_members values (?, 'a', 'x@example.com', 'ADJUSTING', 1, "
                + "'{}')", t));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbi.useHandle(h -> h.execute(
                "insert into circles_members values (?, 'b', 'X@EXAMPLE.com', 'ADJUSTING', 1, '{}')", t))))
                .hasMessageContaining("circles_members_email_key");
        jdbi.useHandle(h -> h.execute("insert into circles_circles values (?, 'c', 'SOCIAL', 'ACTIVE', 1, '{}')", t));
        jdbi.useHandle(h -> h.execute("insert into circles_memberships values (?, 'c', 'a', 'OWNER', 'ACTIVE', 1, "
                + "'{}')", t));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbi.useHandle(h -> h.execute(
                "insert into circles_memberships values (?, 'c', 'b', 'OWNER', 'ACTIVE', 1, '{}')", t))))
                .hasMessageContaining("circles_memberships_one_owner");
    }

    @Test
    void a_membership_stored_without_its_last_change_is_migrated_to_its_joining_time() throws Exception {
        Jdbi jdbi = PostgresCircles.jdbi(getClass());
        String t = CircleFixtures.freshTenant().value();
        jdbi.useHandle(h -> h.execute("insert into circles_circles values (?, 'c', 'SOCIAL', 'ACTIVE', 1, '{}')", t));
        jdbi.useHandle(h -> h.execute("insert into circles_memberships values (?, 'c', 'a', 'MEMBER', 'ACTIVE', 1, "
                + "'{\"circle\":\"c\",\"member\":\"a\",\"role\":\"MEMBER\",\"status\":\"ACTIVE\","
                + "\"joinedAt\":\"2020-01-02T03:04:05Z\",\"revision\":1}')", t));
        PostgresCircleRepository circles = new PostgresCircleRepository(PostgresCircles.db(getClass()));
        TenantId tenant = new TenantId(t);
        Instant joined = Instant.parse("2020-01-02T03:04:05Z");
        assertThat(circles.membership(tenant, new CircleId("c"), new UserId("a")).get().get().updatedAt())
                .isEqualTo(joined);
        String migration;
        try (var in = getClass().getResourceAsStream("/db/circles/V2__membership_updated_at.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        jdbi.useHandle(h -> h.createScript(migration).execute());
        String stored = jdbi.withHandle(h -> h.createQuery("select doc ->> 'updatedAt' from circles_memberships "
                + "where tenant = ?").bind(0, t).mapTo(String.class).one());
        assertThat(stored).isEqualTo("2020-01-02T03:04:05Z");
        assertThat(circles.membership(tenant, new CircleId("c"), new UserId("a")).get().get().updatedAt())
                .isEqualTo(joined);
    }
}
