package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.support.PostgresTableHealthCheck;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.testkit.circles.CircleFixtures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schema is migrated idempotently and the database itself refuses a duplicate email or a second owner. */
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
}
