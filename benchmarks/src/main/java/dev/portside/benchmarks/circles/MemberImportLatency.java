package dev.portside.benchmarks.circles;

import dev.portside.adapters.dynamodb.circles.CirclesTable;
import dev.portside.adapters.dynamodb.circles.DynamoBusinessRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCircleRepository;
import dev.portside.adapters.dynamodb.circles.DynamoCirclesProvisioner;
import dev.portside.adapters.dynamodb.circles.DynamoMemberRepository;
import dev.portside.adapters.dynamodb.circles.DynamoResourceRepository;
import dev.portside.adapters.dynamodb.circles.DynamoStoryRepository;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RegisterMembers;
import dev.portside.application.circles.Ports;
import dev.portside.benchmarks.support.LatencyProxy;
import dev.portside.benchmarks.support.Paired;
import dev.portside.benchmarks.support.RequestCounter;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The member import on DynamoDB under a real round trip: {@code registerAll} (in calls of 1000) against one
 * {@code register} per member, both through the same {@link LatencyProxy} in front of the DynamoDB test server, each
 * into a fresh tenant. The two paths alternate round by round in rotated order ({@link Paired}); the figure is the
 * median per-round ratio one-by-one / batch with its 95 % interval. Before that, one import of each path is counted
 * request by request (an SDK interceptor).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.portside.benchmarks.circles.MemberImportLatency \
 *     [members=5000] [rounds=6] [delay-ms-each-way=2]
 * </pre>
 */
public final class MemberImportLatency {

    private final Community community;
    private final int members;

    private MemberImportLatency(Community community, int members) {
        this.community = community;
        this.members = members;
    }

    public static void main(String[] args) {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        long delayMillis = args.length > 2 ? Long.parseLong(args[2]) : 2;
        PrintStream out = System.out;
        RequestCounter counter = new RequestCounter();
        try (LatencyProxy proxy = LatencyProxy.start(DynamoDbBackend.shared().endpoint(),
                Duration.ofMillis(delayMillis))) {
            DynamoDbClient client = DynamoDbClient.builder().endpointOverride(proxy.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .overrideConfiguration(c -> c.addExecutionInterceptor(counter)).build();
            CirclesTable table = new CirclesTable(client, DynamoDbBackend.uniquePrefix() + "circles-import",
                    CursorCodec.fromSecret("benchmark"));
            new DynamoCirclesProvisioner(table).provision().getOrElseThrow(p -> new IllegalStateException(p.message()));
            MemberImportLatency bench = new MemberImportLatency(new Community(new Ports(new DynamoMemberRepository(table),
                    new DynamoCircleRepository(table), new DynamoStoryRepository(table),
                    new DynamoBusinessRepository(table), new DynamoResourceRepository(table), Clock.systemUTC(),
                    IdGenerator.random())), members);

            long ping = System.nanoTime();
            client.describeTable(d -> d.tableName(table.name()));
            out.printf("proxy: %d ms each way; one DescribeTable round trip through it: %.1f ms%n", delayMillis,
                    (System.nanoTime() - ping) / 1e6);
            for (String path : List.of("batch", "oneByOne")) {
                counter.reset();
                long started = System.nanoTime();
                int written = path.equals("batch") ? bench.batchImport() : bench.oneByOne();
                Map<String, Long> sent = counter.snapshot();
                out.printf("%-9s %d members in %.0f ms, %d requests %s%n", path, written,
                        (System.nanoTime() - started) / 1e6, counter.total(), sent);
            }
            Paired.Result result = Paired.rounds(rounds).warmup(0).batch(1)
                    .add("batch", bench::batchImport).add("oneByOne", bench::oneByOne).run();
            result.print(out);
            out.println("one-by-one / batch (speed-up): " + result.ratio("oneByOne", "batch"));
        }
    }

    private static String freshTenant() {
        return "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static RegisterMember command(String tenant, int i) {
        return new RegisterMember(tenant, "m" + i, MemberForm.basic("m" + i + "@example.com", "Member " + i));
    }

    int batchImport() {
        String tenant = freshTenant();
        int written = 0;
        for (int from = 0; from < members; from += 1000) {
            List<RegisterMember> batch = new ArrayList<>();
            for (int i = from; i < Math.min(members, from + 1000); i++) {
                batch.add(command(tenant, i));
            }
            written += community.members().registerAll(new RegisterMembers(tenant, batch)).get().written().size();
        }
        return checked(written);
    }

    int oneByOne() {
        String tenant = freshTenant();
        int written = 0;
        for (int i = 0; i < members; i++) {
            written += community.members().register(command(tenant, i)).isRight() ? 1 : 0;
        }
        return checked(written);
    }

    private int checked(int written) {
        if (written != members) {
            throw new IllegalStateException("imported " + written + " of " + members + " members");
        }
        return written;
    }
}
