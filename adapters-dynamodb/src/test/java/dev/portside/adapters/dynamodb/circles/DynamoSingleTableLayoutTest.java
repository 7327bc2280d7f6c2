package dev.portside.adapters.dynamodb.circles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.support.TableHealthCheck;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.CommunityCommands.AddComment;
import dev.portside.application.circles.CommunityCommands.AddResource;
import dev.portside.application.circles.CommunityCommands.CreateCircle;
import dev.portside.application.circles.CommunityCommands.JoinCircle;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterBusiness;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.ShareStory;
import dev.portside.application.circles.Community;
import dev.portside.testkit.circles.CircleFixtures;
import dev.portside.domain.circles.CircleId;
import dev.portside.domain.circles.CircleType;
import dev.portside.domain.circles.Membership;
import dev.portside.domain.circles.MembershipStatus;
import dev.portside.domain.circles.Role;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.UserId;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The table follows the documented layout: tenant-prefixed seed key patterns and an entity type on every item. */
class DynamoSingleTableLayoutTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    @Test
    void every_item_is_tenant_prefixed_typed_and_keyed_by_the_seed_patterns() {
        CirclesTable table = DynamoCircles.table(getClass());
        Community community = new Community(DynamoCircles.ports(getClass(), Clock.systemUTC()));
        String tenant = CircleFixtures.freshTenant().value();
        community.members().register(new RegisterMember(tenant, "ana", MemberForm.basic("ana@example.com", "Ana")))
                .get();
        community.members().register(new RegisterMember(tenant, "bea", MemberForm.basic("bea@example.com", "Bea")))
                .get();
        community.circles().create(CreateCircle.builder(tenant, "ana", "C", "WELLNESS", "PUBLIC").id("c1")
                .maxMembers(10).build()).get();
        community.circles().join(new JoinCircle(tenant, "c1", "bea")).get();
        community.stories().share(new ShareStory(tenant, "s1", "bea", "c1", "T", "B", List.of())).get();
        community.stories().comment(new AddComment(tenant, "s1", "k1", "ana", "Nice")).get();
        community.market().registerBusiness(new RegisterBusiness(tenant, "b1", "Shop", "food", "ana", null, null))
                .get();
        community.market().addResource(new AddResource(tenant, "r1", "Guide", "GUIDE", "https://x.org", List.of(),
                null)).get();
        List<Map<String, AttributeValue>> items = table.client.scan(s -> s.tableName(table.name())).items();
        String prefix = "T#" + tenant + "#";
        List<Map<String, AttributeValue>> mine = items.stream()
                .filter(i -> i.get("PK").s().startsWith(prefix)).toList();
        assertThat(mine).allMatch(i -> i.containsKey("entityType"));
        assertThat(mine).allMatch(i -> i.keySet().stream().filter(k -> k.startsWith("GSI") && k.endsWith("PK"))
                .allMatch(k -> i.get(k).s().startsWith(prefix)));
        Set<String> keys = mine.stream().map(i -> i.get("PK").s().substring(prefix.length()) + "|" + i.get("SK").s())
                .collect(Collectors.toSet());
        assertThat(keys).contains("USER#ana|PROFILE", "USER#bea|CIRCLE#c1", "CIRCLE#c1|METADATA",
                "CIRCLE#c1|MEMBER#bea", "CIRCLE#c1|MEMBER#ana", "STORY#s1|METADATA", "STORY#s1|COMMENT#k1",
                "BUSINESS#b1|METADATA", "RESOURCE#r1|METADATA", "EMAIL#ana@example.com|CLAIM");
        assertThat(new DynamoCirclesProvisioner(table).provision().get()).isEqualTo("unchanged: " + table.name() + " found");
        assertThat(new TableHealthCheck("circles: dynamodb", table.client, List.of(table.name())).check().isRight())
                .isTrue();
    }

    @Test
    void a_membership_item_written_before_memberships_recorded_their_last_change_reads_it_as_its_joining() {
        CirclesTable table = DynamoCircles.table(getClass());
        DynamoCircleRepository circles = new DynamoCircleRepository(table);
        TenantId tenant = CircleFixtures.freshTenant();
        circles.create(CircleFixtures.circle(tenant, "c1", "ana", CircleType.SOCIAL, 5),
                CircleFixtures.membership(tenant, "c1", "ana", Role.OWNER, MembershipStatus.ACTIVE)).get();
        for (String[] key : List.of(new String[] {Keys.circle(tenant, "c1"), "MEMBER#ana"},
                new String[] {Keys.user(tenant, "ana"), "CIRCLE#c1"})) {
            table.client.updateItem(u -> u.tableName(table.name()).key(Keys.key(key[0], key[1]))
                    .updateExpression("REMOVE updatedAt"));
        }
        assertThat(table.client.getItem(g -> g.tableName(table.name())
                .key(Keys.key(Keys.circle(tenant, "c1"), "MEMBER#ana"))).item()).doesNotContainKey("updatedAt");
        Membership read = circles.membership(tenant, new CircleId("c1"), new UserId("ana")).get().get();
        assertThat(read.updatedAt()).isEqualTo(read.joinedAt()).isEqualTo(CircleFixtures.T0);
        assertThat(circles.circlesOf(tenant, new UserId("ana"), Option.none(), PageRequest.first(5)).get().items())
                .extracting(Membership::updatedAt).containsExactly(CircleFixtures.T0);
    }
}
