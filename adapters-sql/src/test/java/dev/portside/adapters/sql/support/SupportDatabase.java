package dev.portside.adapters.sql.support;

import dev.portside.adapters.sql.testing.PostgresBackend;
import org.jdbi.v3.core.Jdbi;

/** A fresh database with one small revisioned table ({@code items}) for the support tests. */
final class SupportDatabase {

    private SupportDatabase() {
    }

    static Jdbi create() {
        Jdbi jdbi = PostgresBackend.jdbi(PostgresBackend.shared().newDatabase());
        jdbi.useHandle(h -> h.execute("create table items (tenant text not null, id text not null, "
                + "note text not null, amount bigint not null default 0, revision bigint not null, "
                + "primary key (tenant, id))"));
        return jdbi;
    }

    /** How many rows of {@code items} have this id. */
    static long rows(Jdbi jdbi, String id) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from items where id = :id").bind("id", id)
                .mapTo(Long.class).one());
    }

    static String note(Jdbi jdbi, String id) {
        return jdbi.withHandle(h -> h.createQuery("select note from items where id = :id").bind("id", id)
                .mapTo(String.class).one());
    }
}
