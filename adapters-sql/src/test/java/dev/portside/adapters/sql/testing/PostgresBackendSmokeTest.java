package dev.portside.adapters.sql.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBackendSmokeTest {

    @RegisterExtension
    static final PostgresBackend postgres = PostgresBackend.shared();

    @Test
    void aFreshDatabaseRunsRealPostgresql() {
        DataSource db = postgres.newDatabase();
        Jdbi jdbi = PostgresBackend.jdbi(db);

        String version = jdbi.withHandle(h -> h.createQuery("show server_version").mapTo(String.class).one());
        int rows = jdbi.withHandle(h -> {
            h.execute("create table smoke (id int primary key, note text)");
            h.execute("insert into smoke values (1, 'a'), (2, 'b')");
            return h.createQuery("select count(*) from smoke").mapTo(Integer.class).one();
        });

        assertThat(version).startsWith("17");
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void eachTestDatabaseStartsEmpty() {
        Jdbi jdbi = PostgresBackend.jdbi(postgres.newDatabase());

        int tables = jdbi.withHandle(h -> h.createQuery(
                "select count(*) from information_schema.tables where table_schema = 'public'").mapTo(Integer.class).one());

        assertThat(tables).isZero();
    }
}
