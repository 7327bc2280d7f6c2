package dev.portside.adapters.sql.circles;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.testkit.circles.MemberRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMemberRepositoryTest extends MemberRepositoryContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    @Override
    protected MemberRepository repository() {
        return new PostgresMemberRepository(PostgresCircles.db(getClass()));
    }
}
