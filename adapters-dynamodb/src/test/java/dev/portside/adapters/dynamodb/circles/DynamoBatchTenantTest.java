package dev.portside.adapters.dynamodb.circles;

import static dev.portside.testkit.circles.CircleFixtures.business;
import static dev.portside.testkit.circles.CircleFixtures.freshTenant;
import static dev.portside.testkit.circles.CircleFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.circles.BatchOutcome;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bulk create writes under its own tenant only: an entry of another tenant is refused, the rest are written. */
class DynamoBatchTenantTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private final CirclesTable table = DynamoCircles.table(getClass());
    private final TenantId tenant = freshTenant();
    private final TenantId other = freshTenant();

    @Test
    void a_member_of_another_tenant_is_refused_as_invalid_and_the_others_are_written() {
        DynamoMemberRepository members = new DynamoMemberRepository(table);
        BatchOutcome outcome = members.createAll(tenant, List.of(member(tenant, "ana", "ana@example.com"),
                member(other, "bea", "bea@example.com"), member(tenant, "cy", "cy@example.com"))).get();
        assertThat(outcome.written()).containsExactly("ana", "cy");
        assertThat(outcome.refused().get("bea")).isInstanceOf(Problem.Invalid.class);
        assertThat(members.get(tenant, new UserId("bea")).get()).isEmpty();
        assertThat(members.get(other, new UserId("bea")).get()).isEmpty();
    }

    @Test
    void a_business_of_another_tenant_is_refused_as_invalid_and_the_others_are_written() {
        DynamoBusinessRepository businesses = new DynamoBusinessRepository(table);
        BatchOutcome outcome = businesses.createAll(tenant, List.of(business(tenant, "b1", "ana"),
                business(other, "b2", "ana"))).get();
        assertThat(outcome.written()).containsExactly("b1");
        assertThat(outcome.refused().get("b2")).isInstanceOf(Problem.Invalid.class);
        assertThat(businesses.get(other, new BusinessId("b2")).get()).isEmpty();
    }
}
