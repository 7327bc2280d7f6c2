package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.CommunityDeletionContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCommunityDeletionTest extends CommunityDeletionContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected Ports ports() {
        return PostgresCircles.ports(getClass(), Clock.systemUTC());
    }
}
