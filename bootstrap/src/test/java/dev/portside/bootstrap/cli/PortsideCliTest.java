package dev.portside.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortsideCliTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("demo", "health", "setup", "config");
    }

    @Test
    void versionNamesPortside() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("portside ");
    }

    @Test
    void theDemoRunsOnTheInMemoryProfileAndNamesTheAdaptersOfEachContext() {
        assertThat(run("demo")).isZero();
        assertThat(out()).contains("Portside demo on the 'inmemory' profile", "== content (inmemory) ==",
                "== records (archive: inmemory, hot: inmemory, keys: local) ==", "Demo finished.")
                .doesNotContain("FAILED");
        assertThat(err()).doesNotContain("demo:");
    }

    @Test
    void theDemoExitsOneWhenAStepFailsForAnotherReasonThanTheRefusalItShows() {
        // Content on DynamoDB at an address where nothing listens: every call is refused by the network.
        int code = run("--set", "portside.content.adapter=dynamodb", "--set", "portside.aws.endpoint=http://127.0.0.1:9",
                "--set", "portside.aws.access-key-id=demo", "--set", "portside.aws.secret-access-key=demo-secret",
                "--set", "portside.aws.max-attempts=1", "demo");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("== content (dynamodb) ==", "publish -> FAILED, refused: ",
                "(the content walk stopped here)", "== circles (inmemory) ==", "Demo failed: ");
        assertThat(err().lines().filter(l -> l.startsWith("demo: content: publish: refused: ")
                && l.endsWith("TransactWriteItems: connection refused")).count()).isEqualTo(1);
        assertThat(err()).doesNotContain("\tat ", "demo-secret");
        assertThat(err().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(300));
    }

    @Test
    void aBadConfigurationExitsThreeWithOneLinePerBadKeyAndNoStackTrace() {
        int code = run("--set", "portside.profile=cloud", "--set", "portside.s3.path-style=maybe",
                "--set", "portside.postgres.password=hunter2-secret", "health");

        assertThat(code).isEqualTo(PortsideCli.CONFIG_INVALID);
        assertThat(err().strip().lines()).hasSize(3);
        assertThat(err().lines().skip(1)).satisfiesExactlyInAnyOrder(
                line -> assertThat(line).contains("portside.profile"), line -> assertThat(line).contains("portside.s3.path-style"));
        assertThat(err()).doesNotContain("hunter2-secret", "\tat ");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("frobnicate");
    }

    @Test
    void healthOnTheInMemoryProfileIsHealthy() {
        assertThat(run("health")).isZero();
        assertThat(out()).contains("healthy");
    }

    @Test
    void configShowsValuesWithTheirOriginAndMasksSecrets() {
        assertThat(run("--set", "portside.postgres.password=hunter2-secret", "config")).isZero();
        assertThat(out()).contains("portside.profile = inmemory  (default)", "portside.postgres.password = ****")
                .doesNotContain("hunter2-secret");
    }
}
