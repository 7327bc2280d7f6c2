package dev.portside.benchmarks.circles;

import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.application.circles.CommunityCommands.RegisterMember;
import dev.portside.application.circles.CommunityCommands.RegisterMembers;
import dev.portside.application.circles.Community;
import dev.portside.application.circles.ImportReport;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing members: {@code registerAll} in batches of 1000 against one {@code register} per member, on the DynamoDB
 * single table (50 members with their email claims per TransactWriteItems) and on PostgreSQL (one JDBC batch per
 * call). Each invocation writes into a fresh tenant. Target: the batch path at least 5x faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MemberImportBenchmark {

    @Param("5000")
    public int members;

    @Param({"dynamodb", "postgres"})
    public String backend;

    private Community community;
    private String tenant;

    @Setup(Level.Trial)
    public void setUp() {
        community = new Community("postgres".equals(backend) ? CirclesBench.postgres() : new CirclesBench().ports);
    }

    @Setup(Level.Invocation)
    public void freshTenant() {
        tenant = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private RegisterMember command(int i) {
        return new RegisterMember(tenant, "m" + i, MemberForm.basic("m" + i + "@example.com", "Member " + i));
    }

    @Benchmark
    public int batchImport() {
        int written = 0;
        for (int from = 0; from < members; from += 1000) {
            List<RegisterMember> batch = new ArrayList<>();
            for (int i = from; i < Math.min(members, from + 1000); i++) {
                batch.add(command(i));
            }
            ImportReport report = community.members().registerAll(new RegisterMembers(tenant, batch)).get();
            written += report.written().size();
        }
        return checked(written);
    }

    @Benchmark
    public int oneByOne() {
        int written = 0;
        for (int i = 0; i < members; i++) {
            written += community.members().register(command(i)).isRight() ? 1 : 0;
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
