package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** A fresh migrated database and the brand document store and analytics over it. */
record PostgresBrandFixture(PostgresBrandDocumentStore documents, PostgresBrandAnalytics analytics) {

    static PostgresBrandFixture create(PostgresBackend backend) {
        DataSource database = backend.newDatabase();
        new FlywayProvisioner(database, "brands").provision().get();
        Jdbi jdbi = Jdbi.create(database);
        return new PostgresBrandFixture(new PostgresBrandDocumentStore(jdbi),
                new PostgresBrandAnalytics(jdbi, CursorCodec.fromSecret("brands-test-key")));
    }
}
