package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.schema.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.kernel.CursorCodec;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** A fresh migrated database and the brand store over it. */
final class PostgresBrandFixture {

    private PostgresBrandFixture() {
    }

    static PostgresBrandStore store(PostgresBackend backend) {
        DataSource database = backend.newDatabase();
        new FlywayProvisioner(database, "brands").provision().get();
        return new PostgresBrandStore(Jdbi.create(database), CursorCodec.fromSecret("brands-test-key"));
    }
}
