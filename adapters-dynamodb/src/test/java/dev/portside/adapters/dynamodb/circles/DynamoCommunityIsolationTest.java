package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.testkit.isolation.CommunityIsolationContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoCommunityIsolationTest extends CommunityIsolationContract {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Override
    protected MemberRepository members() {
        return new DynamoMemberRepository(DynamoCircles.table(getClass()));
    }

    @Override
    protected CircleRepository circles() {
        return new DynamoCircleRepository(DynamoCircles.table(getClass()));
    }
}
