package dev.portside.testkit.circles;

import static dev.portside.testkit.circles.CircleFixtures.business;
import static dev.portside.testkit.circles.CircleFixtures.freshTenant;
import static dev.portside.testkit.circles.CircleFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;
import dev.portside.domain.circles.BusinessStatus;
import dev.portside.domain.circles.Resource;
import dev.portside.domain.circles.ResourceId;
import dev.portside.domain.circles.ResourceRepository;
import dev.portside.domain.circles.ResourceStatus;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link BusinessRepository} and {@link ResourceRepository} must do. */
public abstract class MarketRepositoriesContract {

    protected abstract BusinessRepository businesses();

    protected abstract ResourceRepository resources();

    private final TenantId tenant = freshTenant();

    @Test
    void a_business_follows_the_revision_rules() {
        Business b = businesses().create(business(tenant, "b1", "ana")).get();
        assertThat(businesses().get(tenant, new BusinessId("b1")).get()).contains(b);
        assertThat(businesses().create(business(tenant, "b1", "bea")).getLeft())
                .isInstanceOf(Problem.AlreadyExists.class);
        Business verified = businesses().save(b.withStatus(BusinessStatus.ACTIVE, true, b.createdAt())).get();
        assertThat(verified.revision()).isEqualTo(new Revision(2));
        assertThat(businesses().save(b).getLeft()).isInstanceOf(Problem.Conflict.class);
        assertThat(businesses().get(freshTenant(), new BusinessId("b1")).get()).isEmpty();
    }

    @Test
    void a_resource_follows_the_revision_rules() {
        Resource r = resources().create(resource(tenant, "r1")).get();
        assertThat(resources().get(tenant, new ResourceId("r1")).get()).contains(r);
        Resource archived = resources().save(r.withStatus(ResourceStatus.ARCHIVED, r.createdAt())).get();
        assertThat(archived.revision()).isEqualTo(new Revision(2));
        assertThat(resources().save(r).getLeft())
                .isEqualTo(new Problem.Conflict("resource", "r1", Revision.INITIAL, new Revision(2)));
    }

    @Test
    void bulk_creates_write_new_items_across_chunks_and_report_existing_ones() {
        businesses().create(business(tenant, "b007", "ana")).get();
        List<Business> batch = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> batch.add(business(tenant, String.format("b%03d", i), "ana")));
        var outcome = businesses().createAll(tenant, batch).get();
        assertThat(outcome.written()).hasSize(59);
        assertThat(outcome.refused()).containsOnlyKeys("b007");
        assertThat(Paging.all(7, page -> businesses().list(tenant, page))).extracting(b -> b.id().value())
                .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(i -> String.format("b%03d", i)).toList());
        List<Resource> resourceBatch = IntStream.range(0, 30).mapToObj(i -> resource(tenant, "r" + i)).toList();
        assertThat(resources().createAll(tenant, resourceBatch).get().written()).hasSize(30);
        assertThat(resources().createAll(tenant, resourceBatch).get().refused()).hasSize(30);
        assertThat(Paging.all(30, page -> resources().list(tenant, page))).hasSize(30);
    }
}
