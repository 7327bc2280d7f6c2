package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.application.circles.Ports;
import dev.portside.testkit.circles.CommunityContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCommunityTest extends CommunityContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected Ports ports() {
        return PostgresCircles.ports(getClass(), Clock.systemUTC());
    }
}
