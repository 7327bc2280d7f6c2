package dev.portside.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.content.ContentCommands.GetContent;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.HungEndpoint;
import dev.portside.bootstrap.Portside;
import dev.portside.bootstrap.ProfileSettings;
import dev.portside.domain.kernel.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a backend that accepts and never answers, health and use cases answer Unavailable within their default deadlines. */
class DeadlinesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final HungEndpoint hung = new HungEndpoint();
    private final CliRun cli = new CliRun();

    @AfterEach
    void stopTheEndpoint() throws Exception {
        hung.close();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    /** Runs the CLI twice (the first run loads the classes, which a loaded machine may make slow) and times the second. */
    private int timedRun(String... args) {
        assertThat(run(args)).isEqualTo(1);
        cli.forget();
        long started = System.nanoTime();
        int code = run(args);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE);
        return code;
    }

    @Test
    void healthWithContentOnAHungDynamoDbAnswersUnavailableWithinTheDefaultDeadline() {
        int code = timedRun("--set", "portside.content.adapter=dynamodb", "--set", "portside.dynamodb.endpoint=" + hung.http(),
                "--set", "portside.aws.access-key-id=test", "--set", "portside.aws.secret-access-key=test", "health");

        assertThat(code).isEqualTo(1);
        assertThat(cli.out().lines().filter(l -> l.startsWith("FAIL")).toList()).singleElement().asString()
                .contains("content", "dynamodb", "unavailable");
        assertThat(cli.out() + cli.err()).doesNotContain("\tat ");
    }

    @Test
    void aContentReadAgainstAHungDynamoDbIsARetriableUnavailableWithinTheDefaultDeadline() {
        Map<String, String> settings = Map.of("portside.content.adapter", "dynamodb", "portside.dynamodb.endpoint", hung.http(),
                "portside.aws.access-key-id", "test", "portside.aws.secret-access-key", "test");
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(settings))) {
            portside.content().get(new GetContent("default", "c-0", "SAA"));
            long started = System.nanoTime();
            var answer = portside.content().get(new GetContent("default", "c-1", "SAA"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE);
            assertThat(answer.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class, problem -> {
                assertThat(problem.backend()).isEqualTo("dynamodb");
                assertThat(problem.retriable()).isTrue();
            });
        }
    }

    @Test
    void aContentReadAgainstAHungPostgresIsAnUnavailableWithinTheDefaultDeadline() {
        try (Portside portside = Portside.start(ContextRegistry.loadConfig(
                ProfileSettings.of("sql", Map.of("portside.postgres.url", hung.postgres()))))) {
            portside.content().get(new GetContent("default", "c-0", "SAA"));
            long started = System.nanoTime();
            var answer = portside.content().get(new GetContent("default", "c-1", "SAA"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE);
            assertThat(answer.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                    problem -> assertThat(problem.backend()).isEqualTo("postgres"));
        }
    }

    @Test
    void healthOnTheSqlProfileAgainstAHungPostgresAnswersOneLinePerBackendWithinTheDeadline() {
        List<String> args = new java.util.ArrayList<>();
        ProfileSettings.of("sql", Map.of("portside.postgres.url", hung.postgres()))
                .forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
        args.add("health");
        int code = timedRun(args.toArray(String[]::new));

        assertThat(code).isEqualTo(1);
        List<String> failures = cli.out().lines().filter(l -> l.startsWith("FAIL")).toList();
        assertThat(failures).isNotEmpty().allSatisfy(line -> assertThat(line).contains("postgres").hasSizeLessThan(300));
        assertThat(cli.out() + cli.err()).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void aMissingAwsCredentialIsOneShortLineNotTheProviderChain(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("health.log");
        Process process = portsideProcess(log, "--set", "portside.content.adapter=dynamodb",
                "--set", "portside.dynamodb.endpoint=" + hung.http(), "--set", "portside.health.timeout=60s", "health");

        boolean answered = process.waitFor(2, TimeUnit.MINUTES);
        process.destroyForcibly().waitFor();
        String output = Files.readString(log);
        assertThat(answered).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        String failure = output.lines().filter(l -> l.startsWith("FAIL")).findFirst().orElseThrow();
        assertThat(failure).contains("content", "dynamodb", "no AWS credentials found").hasSizeLessThan(300);
        assertThat(output).doesNotContain("SystemPropertyCredentialsProvider", "\tat ");
    }

    /** The CLI as its own process, with no AWS setting in its environment and no instance metadata to ask. */
    private static Process portsideProcess(Path log, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PortsideCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("PORTSIDE_"));
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().put("AWS_CONFIG_FILE", "/nonexistent/aws-config");
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials");
        return builder.start();
    }
}
