package dev.portside.adapters.sql.content;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.testing.PostgresBackend;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresProvisionerTest {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Test
    void each_context_migrates_with_its_own_history_table_and_again_changes_nothing() {
        Jdbi jdbi = PostgresBackend.jdbi(BACKEND.newDatabase());
        assertThat(new FlywayProvisioner(jdbi, "content").provision().get()).contains("2 migrations applied");
        assertThat(new FlywayProvisioner(jdbi, "progress").provision().get()).contains("1 migrations applied");
        assertThat(new FlywayProvisioner(jdbi, "content").provision().get()).contains("0 migrations applied");
        assertThat(jdbi.<Integer, RuntimeException>withHandle(h -> h.createQuery("SELECT count(*) FROM pg_tables WHERE tablename IN "
                + "('flyway_content_history', 'flyway_progress_history', 'content_item', 'content_version', 'progress_entry')")
                .mapTo(Integer.class).one())).isEqualTo(5);
        assertThat(jdbi.<Integer, RuntimeException>withHandle(h -> h.createQuery("SELECT count(*) FROM pg_indexes WHERE tablename IN "
                + "('content_item', 'progress_entry') AND indexname NOT LIKE '%pkey'").mapTo(Integer.class).one())).isEqualTo(5);
    }
}
