package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.testkit.isolation.CommunityIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCommunityIsolationTest extends CommunityIsolationContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected MemberRepository members() {
        return new PostgresMemberRepository(PostgresCircles.db(getClass()));
    }

    @Override
    protected CircleRepository circles() {
        return new PostgresCircleRepository(PostgresCircles.db(getClass()));
    }
}
