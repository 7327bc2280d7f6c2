package dev.portside.adapters.dynamodb.circles;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.CircleRepository;
import dev.portside.domain.circles.MemberRepository;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.StoryRepository;
import dev.portside.testkit.circles.CommunityDeletionContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoCommunityDeletionTest extends CommunityDeletionContract {

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

    @Override
    protected StoryRepository stories() {
        return new DynamoStoryRepository(DynamoCircles.table(getClass()));
    }

    @Override
    protected BusinessRepository businesses() {
        return new DynamoBusinessRepository(DynamoCircles.table(getClass()));
    }

    @Override
    protected ResourceRepository resources() {
        return new DynamoResourceRepository(DynamoCircles.table(getClass()));
    }
}
