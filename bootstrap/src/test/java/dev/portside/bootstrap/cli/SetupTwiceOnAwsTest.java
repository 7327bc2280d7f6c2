package dev.portside.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.s3.brands.AthenaBrandProvisioner;
import dev.portside.adapters.s3.brands.AthenaQueryRunner;
import dev.portside.adapters.s3.brands.AthenaSettings;
import dev.portside.adapters.s3.brands.BrandS3Layout;
import dev.portside.adapters.s3.testing.AthenaTestEndpoint;
import dev.portside.adapters.s3.testing.KmsTestEndpoint;
import dev.portside.adapters.s3.testing.RgwBackend;
import dev.portside.adapters.s3.testing.S3Mirror;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@code portside setup} on the aws profile, end to end against the real test servers: DynamoDB (the test server
 * {@code scripts/test} starts), S3 on Ceph RGW (Object Lock for the records archive), Athena (the test endpoint over a
 * mirror of the brand bucket), KMS (the test endpoint) and PostgreSQL (embedded, the aws profile's records hot store).
 * Twice: the second run changes nothing and says so per provisioner; and when a brand table's Athena definition
 * differs from the release's, the next run replaces that table and reports it changed.
 */
class SetupTwiceOnAwsTest {

    @RegisterExtension
    static final DynamoDbBackend DYNAMO = DynamoDbBackend.shared();
    @RegisterExtension
    static final RgwBackend RGW = RgwBackend.shared();

    private static final String DATABASE = "brand_metadata_generator_db";
    private static EmbeddedPostgres postgres;

    private KmsTestEndpoint kms;
    private AthenaTestEndpoint athena;
    private String brandsBucket;
    private String[] args;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void servers() throws Exception {
        kms = KmsTestEndpoint.start();
        String keyId;
        try (KmsClient client = KmsClient.builder().endpointOverride(kms.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            keyId = client.createKey(b -> b.description("records")).keyMetadata().keyId();
        }
        brandsBucket = RGW.newBucket();
        S3Mirror mirror = new S3Mirror(RGW.client(), brandsBucket, Files.createTempDirectory("athena-mirror"));
        athena = AthenaTestEndpoint.start(mirror::local, mirror::sync);

        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String database = "portside_aws_setup_" + run;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort()
                + "/postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        String prefix = DynamoDbBackend.uniquePrefix();
        args = new String[] {"--set", "portside.profile=aws",
                "--set", "portside.aws.region=us-east-1",
                "--set", "portside.aws.access-key-id=" + RGW.accessKey(),
                "--set", "portside.aws.secret-access-key=" + RGW.secretKey(),
                "--set", "portside.dynamodb.endpoint=" + DYNAMO.endpoint(),
                "--set", "portside.s3.endpoint=" + RGW.endpoint(),
                "--set", "portside.s3.path-style=true",
                "--set", "portside.s3.checksums=when_required",
                "--set", "portside.athena.endpoint=" + athena.endpoint(),
                "--set", "portside.kms.endpoint=" + kms.endpoint(),
                "--set", "portside.content.dynamodb.items-table=" + prefix + "content",
                "--set", "portside.content.dynamodb.history-table=" + prefix + "content_history",
                "--set", "portside.progress.dynamodb.table=" + prefix + "progress",
                "--set", "portside.circles.dynamodb.table=" + prefix + "circles",
                "--set", "portside.realtime.table-prefix=" + prefix + "rt_",
                "--set", "portside.records.bucket=portside-worm-" + run,
                "--set", "portside.records.kms-key-id=" + keyId,
                "--set", "portside.postgres.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
                "--set", "portside.postgres.user=postgres",
                "--set", "portside.brands.bucket=" + brandsBucket,
                "--set", "portside.brands.athena.output-location=s3://" + brandsBucket + "/athena-results/",
                "setup"};
    }

    @AfterEach
    void close() {
        athena.close();
        kms.close();
    }

    private CliRun setup() {
        CliRun cli = new CliRun();
        assertThat(cli.run(args)).as(cli.out() + cli.err()).isZero();
        return cli;
    }

    @Test
    void theSecondRunChangesNothingAndSaysSoPerProvisioner() {
        CliRun first = setup();
        CliRun second = setup();

        List<String> firstLines = provisionerLines(first.out());
        List<String> secondLines = provisionerLines(second.out());
        assertThat(firstLines).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotStartWith("FAIL"))
                .anySatisfy(l -> assertThat(l).startsWith("ok   athena database " + DATABASE)
                        .contains("created tables generated_metadata, feedback_history, workflow_executions,"
                                + " escalations"))
                .anySatisfy(l -> assertThat(l).contains("dynamodb tables"))
                .anySatisfy(l -> assertThat(l).contains("records archive"));
        assertThat(secondLines).hasSameSizeAs(firstLines)
                .allSatisfy(l -> assertThat(l).startsWith("same ").contains(": unchanged: "));
        assertThat(second.out()).contains("setup complete: nothing changed (" + secondLines.size());
        assertThat(first.out()).contains("provisioner(s) changed something");
    }

    @Test
    void aBrandTableWhoseAthenaDefinitionChangedIsReplacedByTheNextRun() {
        setup();
        // the escalations table as an older definition made it: another column list, no definition digest
        AthenaSettings settings = new AthenaSettings(DATABASE, "primary", "s3://" + brandsBucket + "/athena-results/",
                Duration.ofSeconds(20), Duration.ofMillis(5));
        try (AthenaClient client = athena.client()) {
            AthenaQueryRunner runner = new AthenaQueryRunner(client, settings);
            String current = new AthenaBrandProvisioner(runner, settings, new BrandS3Layout(brandsBucket, "brands"))
                    .statements().get(4);
            String older = current.replaceFirst(", '" + AthenaBrandProvisioner.DEFINITION_PROPERTY
                    + "'='[0-9a-f]{64}'\\)$", ")").replace(" resolution_note string,", "");
            assertThat(older).isNotEqualTo(current).contains("`escalations`");
            assertThat(runner.run(new dev.portside.adapters.s3.brands.AthenaQuery(
                    "DROP TABLE `" + DATABASE + "`.`escalations`", List.of(), "ddl")).isRight()).isTrue();
            assertThat(runner.run(new dev.portside.adapters.s3.brands.AthenaQuery(older, List.of(), "ddl"))
                    .isRight()).isTrue();
        }

        CliRun second = setup();
        CliRun third = setup();

        List<String> secondLines = provisionerLines(second.out());
        assertThat(secondLines).filteredOn(l -> l.startsWith("ok   ")).singleElement().satisfies(l -> assertThat(l)
                .startsWith("ok   athena database " + DATABASE)
                .contains("replaced tables whose definition changed: escalations (it had no definition digest)"));
        assertThat(second.out()).contains("setup complete: 1 of " + secondLines.size());
        assertThat(third.out()).contains("setup complete: nothing changed");
        assertThat(athena.started()).extracting(AthenaTestEndpoint.Started::sql)
                .filteredOn(sql -> sql.startsWith("DROP TABLE")).hasSize(2);
    }

    private static List<String> provisionerLines(String out) {
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.startsWith("ok   ") || line.startsWith("same ") || line.startsWith("FAIL ")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
