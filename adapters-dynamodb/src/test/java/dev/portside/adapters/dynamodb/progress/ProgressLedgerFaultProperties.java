package dev.portside.adapters.dynamodb.progress;

import dev.portside.adapters.dynamodb.realtime.SkipWithoutDynamoDb;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.adapters.inmemory.progress.InMemoryProgressLedger;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.progress.ProgressEntry;
import dev.portside.domain.progress.ProgressKey;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.faults.FaultyRun;
import dev.portside.testkit.progress.ProgressFixtures;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB progress ledger under seeded faults, side by side with the in-memory ledger: every answer matches
 * the model's, an Unavailable leaves its entry as before or as written (never twice), and nothing throws or
 * outlives the deadline.
 */
@AddLifecycleHook(SkipWithoutDynamoDb.class)
class ProgressLedgerFaultProperties {

    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final CursorCodec CODEC = CursorCodec.fromSecret("faults");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static ProgressTables tables;

    private static synchronized ProgressTables tables() {
        if (tables == null) {
            ProgressTables fresh = ProgressTables.withPrefix(DynamoDbBackend.uniquePrefix() + "faults-");
            new DynamoProgressProvisioner(DynamoDbBackend.shared().client(), fresh).provision().get();
            tables = fresh;
        }
        return tables;
    }

    @Property(tries = 30)
    void no_acknowledged_progress_write_is_lost_or_applied_twice_under_faults(
            @ForAll long seed, @ForAll @Size(min = 1, max = 12) List<@IntRange(max = 8) Integer> steps) {
        FaultInjector injector = new FaultInjector(seed, 0.3, DynamoFaults.all());
        FaultyRun run = new FaultyRun(injector, DEADLINE);
        TenantId tenant = new TenantId("faults-" + TRIES.incrementAndGet());
        List<ProgressKey> keys = List.of(ProgressFixtures.key("u", "c0", CertificationType.values()[0]),
                ProgressFixtures.key("u", "c1", CertificationType.values()[0]),
                ProgressFixtures.key("v", "c0", CertificationType.values()[0]));
        try (DynamoDbClient client = DynamoFaults.client(injector)) {
            ProgressLedger subject = new DynamoProgressLedger(client, tables(), CODEC);
            ProgressLedger model = new InMemoryProgressLedger(CODEC);
            Map<ProgressKey, Set<Option<ProgressEntry>>> unsettled = new HashMap<>();
            injector.start();
            for (int step : steps) {
                ProgressKey key = keys.get(step / 3);
                if (unsettled.containsKey(key)) {
                    continue;
                }
                Option<ProgressEntry> before = model.find(tenant, key).get();
                String what = List.of("create", "save", "delete").get(step % 3) + " " + key;
                Either<Problem, ?> expected = apply(model, step % 3, tenant, key, before);
                Either<Problem, ?> actual = run.call(what, () -> apply(subject, step % 3, tenant, key, before));
                if (actual.isLeft() && actual.getLeft() instanceof Problem.Unavailable) {
                    unsettled.put(key, Set.copyOf(List.of(before, model.find(tenant, key).get())));
                } else if (!actual.equals(expected)) {
                    run.violation(what + ": answered " + actual + " where the model answered " + expected);
                }
            }
            injector.stop();
            for (ProgressKey key : keys) {
                Option<ProgressEntry> stored = subject.find(tenant, key).get();
                Set<Option<ProgressEntry>> allowed = unsettled.getOrDefault(key, Set.of(model.find(tenant, key).get()));
                if (!allowed.contains(stored)) {
                    run.violation(key + " is " + stored + ", expected one of " + allowed);
                }
            }
        }
        run.verify();
    }

    private static Either<Problem, ?> apply(ProgressLedger ledger, int op, TenantId tenant, ProgressKey key,
                                            Option<ProgressEntry> before) {
        ProgressEntry fresh = ProgressFixtures.entry(tenant, key, AT);
        return switch (op) {
            case 0 -> ledger.create(fresh);
            case 1 -> ledger.save(before.getOrElse(fresh));
            default -> ledger.delete(tenant, key, before.map(ProgressEntry::revision).getOrElse(Revision.INITIAL));
        };
    }
}
