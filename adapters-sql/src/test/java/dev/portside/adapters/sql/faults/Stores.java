package dev.portside.adapters.sql.faults;

import dev.portside.adapters.inmemory.circles.InMemoryCircleRepository;
import dev.portside.adapters.inmemory.circles.InMemoryMemberRepository;
import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.adapters.inmemory.progress.InMemoryProgressLedger;
import dev.portside.adapters.sql.circles.CirclesDb;
import dev.portside.adapters.sql.circles.PostgresCircleRepository;
import dev.portside.adapters.sql.circles.PostgresMemberRepository;
import dev.portside.adapters.sql.content.PostgresContentRepository;
import dev.portside.adapters.sql.progress.PostgresProgressLedger;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** The stores the SQL fault tests write to, on PostgreSQL or in memory (the reference model). */
record Stores(ContentRepository content, ProgressLedger progress, MemberRepository members,
              CircleRepository circles) {

    static final CursorCodec CODEC = CursorCodec.fromSecret("sql faults");

    static Stores inMemory() {
        InMemoryCircleRepository circles = new InMemoryCircleRepository(CODEC);
        return new Stores(new InMemoryContentRepository(CODEC), new InMemoryProgressLedger(CODEC),
                new InMemoryMemberRepository(CODEC, circles), circles);
    }

    static Stores postgres(Jdbi jdbi) {
        CirclesDb circles = new CirclesDb(jdbi, CODEC);
        return new Stores(new PostgresContentRepository(jdbi, CODEC), new PostgresProgressLedger(jdbi, CODEC),
                new PostgresMemberRepository(circles), new PostgresCircleRepository(circles));
    }

    /** A fresh database with the content, progress and circles schemas. */
    static DataSource database() {
        DataSource database = PostgresBackend.shared().newDatabase();
        for (String context : new String[] {"content", "progress", "circles"}) {
            new FlywayProvisioner(database, context).provision().getOrElseThrow(p -> new IllegalStateException(
                    p.message()));
        }
        return database;
    }
}
