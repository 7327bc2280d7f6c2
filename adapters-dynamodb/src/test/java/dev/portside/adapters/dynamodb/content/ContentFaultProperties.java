package dev.portside.adapters.dynamodb.content;

import dev.portside.adapters.dynamodb.realtime.SkipWithoutDynamoDb;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentItem;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.content.VersionBump;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.content.ContentFixtures;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.faults.FaultyRun;
import dev.portside.testkit.faults.SideBySide;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB content repository under seeded faults, side by side with the in-memory one: create, save (a
 * transaction writing the item and its version snapshot) and delete; every answer equals the model's, an
 * Unavailable leaves the item and its history as before or as written once, nothing throws or outlives the deadline.
 */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
class ContentFaultProperties {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static ContentTables tables;

    private static synchronized ContentTables tables() {
        if (tables == null) {
            ContentTables fresh = ContentTables.withPrefix(DynamoDbBackend.uniquePrefix() + "faults-");
            new DynamoContentProvisioner(DynamoDbBackend.shared().client(), fresh).provision().get();
            tables = fresh;
        }
        return tables;
    }

    @Property(tries = 20)
    void no_acknowledged_content_write_is_lost_or_applied_twice_under_faults(
            @ForAll long seed, @ForAll @Size(min = 1, max = 12) List<@IntRange(max = 8) Integer> steps) {
        FaultInjector injector = new FaultInjector(seed, 0.3, DynamoFaults.all());
        TenantId tenant = new TenantId("content-faults-" + TRIES.incrementAndGet());
        List<ContentKey> keys = List.of(ContentFixtures.item(tenant, "a", CertificationType.values()[0]).key(),
                ContentFixtures.item(tenant, "b", CertificationType.values()[0]).key(),
                ContentFixtures.item(tenant, "a", CertificationType.values()[1]).key());
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            ContentRepository subject = new DynamoContentRepository(client, tables(), DynamoStores.CODEC);
            ContentRepository model = new InMemoryContentRepository(DynamoStores.CODEC);
            new SideBySide<>(new FaultyRun(injector, DEADLINE), injector, model, subject,
                    (ContentRepository repository, String slot) -> state(repository, tenant, keys.get(slot(slot))))
                    .run(steps.stream().map(step -> step(tenant, keys, step)).toList());
        }
    }

    private static int slot(String slot) {
        return Integer.parseInt(slot.substring(slot.indexOf('#') + 1));
    }

    private static Object state(ContentRepository repository, TenantId tenant, ContentKey key) {
        return List.of(repository.find(tenant, key).get(),
                ContentFixtures.readAll(5, page -> repository.history(tenant, key, page)).get());
    }

    private static SideBySide.Step<ContentRepository> step(TenantId tenant, List<ContentKey> keys, int step) {
        int slot = step / 3;
        ContentKey key = keys.get(slot);
        ContentItem fresh = ContentFixtures.item(tenant, key.id().value(), key.certification());
        String name = List.of("create", "save", "delete").get(step % 3) + " " + key;
        return new SideBySide.Step<>(name, "item#" + slot, model -> {
            var before = model.find(tenant, key).get();
            return switch (step % 3) {
                case 0 -> repository -> repository.create(fresh);
                case 1 -> repository -> repository.save(before.map(item -> item.revise(item.details(),
                        VersionBump.PATCH, ContentFixtures.T0.plusSeconds(item.revision().value())).get())
                        .getOrElse(fresh));
                default -> repository -> repository.delete(tenant, key,
                        before.map(ContentItem::revision).getOrElse(Revision.INITIAL));
            };
        });
    }
}
