package dev.portside.adapters.s3.brands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.application.brands.BrandCommands.StartExecution;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.domain.brands.ExecutionArn;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.testkit.brands.BrandSamples;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import dev.portside.testkit.records.Concurrently;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Concurrent starts of different executions with one execution ARN, on Ceph RGW (conditional PUTs checked and
 * applied atomically; s3proxy checks {@code If-Match} and writes in two steps, so a race there proves nothing).
 * Whatever the interleaving, exactly one execution is stored and found by the ARN; every other start is
 * {@code AlreadyExists} or a retriable {@code Unavailable}, and stored nothing.
 */
class S3ExecutionArnRaceTest {

    @RegisterExtension
    static final RgwBackend RGW = RgwBackend.shared();

    private static final int STARTS = 8;
    private static final TenantId TENANT = TenantId.of("arn-race").get();
    private static BrandS3Layout layout;
    private static S3BrandDocumentStore store;
    /** Writes executions 300 ms late (a slow link), so the other starts meet a pointer whose execution is not there yet. */
    private static S3BrandDocumentStore slowStore;
    /** The same with no grace period: every start takes a pointer naming a missing execution over at once. */
    private static S3BrandDocumentStore impatientStore;
    private static long nextBrand = 5000;

    @BeforeAll
    static void bucket() {
        layout = new BrandS3Layout(RGW.newBucket(), "brands");
        store = new S3BrandDocumentStore(RGW.client(), layout, DocumentVisibility.NONE);
        ExecutionInterceptor slowExecutions = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutObjectRequest put && put.key().contains("/executions/")) {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        slowStore = new S3BrandDocumentStore(RGW.newClient(slowExecutions), layout, DocumentVisibility.NONE);
        impatientStore = new S3BrandDocumentStore(RGW.newClient(slowExecutions), layout, DocumentVisibility.NONE,
                java.time.Clock.systemUTC(), Duration.ZERO);
    }

    @RepeatedTest(4)
    void concurrentStartsOfDifferentExecutionsWithOneArnStoreExactlyOne() throws Exception {
        long brand = nextBrand++;
        String arn = BrandSamples.arn(brand, UUID.randomUUID().toString());
        List<WorkflowExecution> starts = starts(brand, arn);

        List<Either<Problem, WorkflowExecution>> results = Concurrently.run(STARTS,
                i -> slowStore.createExecution(starts.get(i)));

        assertOneStored(starts, results, arn);
    }

    /**
     * The grace period keeps in-flight starts undisturbed; the re-reads alone keep the ARN at one stored execution:
     * with no grace period, starts take each other's pointers over, and still exactly one execution is stored.
     */
    @RepeatedTest(3)
    void withNoGracePeriodStartsTakeEachOthersPointersOverAndStillExactlyOneIsStored() throws Exception {
        long brand = nextBrand++;
        String arn = BrandSamples.arn(brand, UUID.randomUUID().toString());
        List<WorkflowExecution> starts = starts(brand, arn);

        List<Either<Problem, WorkflowExecution>> results = Concurrently.run(STARTS,
                i -> impatientStore.createExecution(starts.get(i)));

        assertOneStored(starts, results, arn);
    }

    @RepeatedTest(3)
    void concurrentStartsTakingOverAPointerLeftByAnInterruptedWriteStoreExactlyOne() throws Exception {
        long brand = nextBrand++;
        String arn = BrandSamples.arn(brand, UUID.randomUUID().toString());
        Instant leftAt = Instant.now().minus(Duration.ofHours(1));
        RGW.client().putObject(b -> b.bucket(layout.bucket()).key(layout.executionArn(TENANT, arn)),
                RequestBody.fromBytes(BrandJson.arnPointer(arn, ExecutionId.issue(BrandSamples.day(leftAt),
                        "never-written"), leftAt)));
        List<WorkflowExecution> starts = starts(brand, arn);

        List<Either<Problem, WorkflowExecution>> results = Concurrently.run(STARTS,
                i -> slowStore.createExecution(starts.get(i)));

        assertOneStored(starts, results, arn);
    }

    @RepeatedTest(3)
    void concurrentRetriedStartsOfOneRunThroughTheRegistryAllAnswerTheOneStoredRun() throws Exception {
        long brand = nextBrand++;
        String arn = BrandSamples.arn(brand, UUID.randomUUID().toString());
        BrandRegistry registry = new BrandRegistry(slowStore,
                new InMemoryBrandStore(CursorCodec.fromSecret("arn-race-key")), java.time.Clock.systemUTC(),
                IdGenerator.random(), BrandRegistrySettings.defaults());

        List<Either<Problem, WorkflowExecution>> results = Concurrently.run(STARTS,
                i -> registry.startExecution(new StartExecution(TENANT.value(), brand, arn)));

        WorkflowExecution stored = store.executionByArn(TENANT, new ExecutionArn(arn)).get().get();
        assertThat(results).anySatisfy(r -> assertThat(r).isEqualTo(Either.right(stored)));
        assertThat(results).allSatisfy(r -> {
            if (r.isRight()) {
                assertThat(r.get()).isEqualTo(stored);
            } else {
                assertThat(r.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                        u -> assertThat(u.retriable()).isTrue());
            }
        });
        assertThat(registry.startExecution(new StartExecution(TENANT.value(), brand, arn)).get()).isEqualTo(stored);
    }

    @Test
    void aPointerLeftByAnInterruptedWriteIsRetriableDuringTheGracePeriodAndTakenOverAfterIt() {
        long brand = nextBrand++;
        String arn = BrandSamples.arn(brand, UUID.randomUUID().toString());
        MutableClock clock = new MutableClock(Instant.now());
        AtomicBoolean interrupting = new AtomicBoolean(true);
        ExecutionInterceptor interrupt = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                boolean executionPut = context.request() instanceof PutObjectRequest put
                        && put.key().contains("/executions/");
                if (interrupting.get() && (executionPut || context.request() instanceof DeleteObjectRequest)) {
                    throw SdkClientException.create("connection reset (injected)");
                }
            }
        };
        S3BrandDocumentStore crashing = new S3BrandDocumentStore(RGW.newClient(interrupt), layout,
                DocumentVisibility.NONE, clock, S3BrandDocumentStore.POINTER_GRACE);
        WorkflowExecution lost = withArn(BrandSamples.execution(TENANT, brand, BrandSamples.T0), arn);
        assertThat(crashing.createExecution(lost).getLeft().message())
                .contains("compensation FAILED too", "execution_arns");
        interrupting.set(false);
        assertThat(RGW.client().getObjectAsBytes(b -> b.bucket(layout.bucket())
                .key(layout.executionArn(TENANT, arn))).asUtf8String()).contains(lost.id().value());

        S3BrandDocumentStore next = new S3BrandDocumentStore(RGW.client(), layout, DocumentVisibility.NONE, clock,
                S3BrandDocumentStore.POINTER_GRACE);
        WorkflowExecution again = withArn(BrandSamples.execution(TENANT, brand, BrandSamples.T0), arn);
        clock.advance(S3BrandDocumentStore.POINTER_GRACE.minusSeconds(1));
        assertThat(next.createExecution(again).getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                u -> assertThat(u.retriable()).isTrue());
        assertThat(next.execution(TENANT, again.id()).get()).isEmpty();
        assertThat(next.executionByArn(TENANT, new ExecutionArn(arn)).get()).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        assertThat(next.createExecution(again).get()).isEqualTo(again);
        assertThat(next.executionByArn(TENANT, new ExecutionArn(arn)).get()).contains(again);
        assertThat(next.execution(TENANT, lost.id()).get()).isEmpty();
    }

    @Test
    void aStartWhosePointerAndExecutionRepliesWereLostIsRecognisedAsStored() {
        long brand = nextBrand++;
        FaultInjector lostReply = new FaultInjector(7, 1.0, List.of(new Fault.LostReply(
                "lost reply (500)", Set.of("PutObject"), () -> (S3Exception) S3Exception.builder().statusCode(500)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalError").build()).build())));
        S3BrandDocumentStore losing = new S3BrandDocumentStore(RGW.newClient(lostReply), layout,
                DocumentVisibility.NONE);
        WorkflowExecution execution = BrandSamples.execution(TENANT, brand, BrandSamples.T0);
        lostReply.strikeAtMost(2).start();

        assertThat(losing.createExecution(execution)).isEqualTo(Either.right(execution));
        assertThat(lostReply.struck()).containsExactly("PutObject: lost reply (500)", "PutObject: lost reply (500)");
        assertThat(store.executionByArn(TENANT, new ExecutionArn(execution.arn().get())).get()).contains(execution);
    }

    private static List<WorkflowExecution> starts(long brand, String arn) {
        return java.util.stream.IntStream.range(0, STARTS)
                .mapToObj(i -> withArn(BrandSamples.execution(TENANT, brand, BrandSamples.T0), arn)).toList();
    }

    private static WorkflowExecution withArn(WorkflowExecution e, String arn) {
        return new WorkflowExecution(e.tenant(), e.id(), io.vavr.control.Option.some(arn), e.brandId(), e.status(),
                e.startedAt(), e.endedAt(), e.error(), e.revision());
    }

    private static void assertOneStored(List<WorkflowExecution> starts,
                                        List<Either<Problem, WorkflowExecution>> results, String arn) {
        assertThat(results.stream().filter(Either::isRight)).hasSize(1);
        assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft)).hasSize(STARTS - 1)
                .allSatisfy(p -> assertThat(p).satisfiesAnyOf(
                        refused -> assertThat(refused).isEqualTo(new Problem.AlreadyExists("execution", arn)),
                        refused -> assertThat(refused).isInstanceOfSatisfying(Problem.Unavailable.class,
                                u -> assertThat(u.retriable()).isTrue())));
        WorkflowExecution winner = results.stream().filter(Either::isRight).findFirst().orElseThrow().get();
        assertThat(store.executionByArn(TENANT, new ExecutionArn(arn)).get()).contains(winner);
        assertThat(starts.stream().filter(s -> store.execution(TENANT, s.id()).get().isDefined()))
                .containsExactly(winner);
    }
}
