package dev.portside.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CliObservabilityTest {

    @Test
    void healthAsJsonIsOneObjectWithEveryEntry() {
        CliRun cli = new CliRun();
        assertThat(cli.run("health", "--json")).isZero();
        String json = cli.out().strip();
        assertThat(json).startsWith("{\"healthy\":true,\"entries\":[").endsWith("]}").doesNotContain("\n");
        assertThat(json).contains("{\"name\":\"portside.content.adapter\",\"ok\":true,\"detail\":\"inmemory\"}");
    }

    @Test
    void metricsAfterTheDemoListsUseCasesAndPortCallsOfEveryContext() {
        CliRun cli = new CliRun();
        assertThat(cli.run("metrics")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("portside."));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
                "portside.use.case{context=content,outcome=ok,use.case=publish} count=1 "));
        for (String context : List.of("content", "progress", "circles", "records", "brands", "realtime")) {
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("portside.port.call{adapter=")
                    .contains("context=" + context + ","));
        }
        assertThat(cli.out()).doesNotContain("Demo finished");
    }

    @Test
    void metricsAsJsonIsOneArray() {
        CliRun cli = new CliRun();
        assertThat(cli.run("metrics", "--after", "health", "--json")).isZero();
        assertThat(cli.out().strip()).startsWith("[").endsWith("]");
    }

    @Test
    void aLogLineDuringACommandIsWrittenAfterItsOutput() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logging);
        encoder.setPattern("%level %logger{0} - %msg%n");
        encoder.start();
        HeldLogs appender = new HeldLogs();
        appender.setContext(logging);
        appender.setEncoder(encoder);
        appender.setTarget("System.err");
        Logger records = logging.getLogger("dev.portside.bootstrap.records");
        PrintStream stderr = System.err;
        System.setErr(terminal);
        try {
            appender.start();
            records.addAppender(appender);
            assertThat(PortsideCli.run(terminal, terminal, "demo")).isZero();
        } finally {
            records.detachAppender(appender);
            appender.stop();
            System.setErr(stderr);
        }
        List<String> lines = screen.toString(StandardCharsets.UTF_8).lines().toList();
        int finished = lines.indexOf("Demo finished.");
        int warning = indexOf(lines, "WARN RecordsAdapters - DEVELOPMENT KEY");
        assertThat(finished).isNotNegative();
        assertThat(warning).as("the development-key warning comes after the demo's output").isGreaterThan(finished);
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
