package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.testkit.circles.MemberRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoMemberRepositoryTest extends MemberRepositoryContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected MemberRepository repository() {
        return new DynamoMemberRepository(DynamoCircles.table(getClass()));
    }
}
