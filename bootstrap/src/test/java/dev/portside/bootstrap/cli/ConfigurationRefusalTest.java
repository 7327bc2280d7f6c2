package dev.portside.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration that cannot work is refused when it is resolved: exit code 3, one line per bad key, no stack trace. */
class ConfigurationRefusalTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private List<String> badKeys() {
        String text = cli.err();
        assertThat(text).doesNotContain("\tat ", "ProvisionException", "Guice");
        return text.lines().skip(1).toList();
    }

    @Test
    void theAwsProfileWithoutAKmsKeyIdExitsThreeNamingEveryBadKeyOnItsOwnLine() {
        int code = run("--set", "portside.profile=aws", "--set", "portside.s3.path-style=maybe", "health");

        assertThat(code).isEqualTo(PortsideCli.CONFIG_INVALID);
        assertThat(cli.err()).startsWith("portside: invalid configuration, 2 bad key(s):");
        assertThat(badKeys()).hasSize(2).anySatisfy(line -> assertThat(line)
                        .contains("portside.records.kms-key-id", "is required when portside.records.keys=kms"))
                .anySatisfy(line -> assertThat(line).contains("portside.s3.path-style"));
    }

    @Test
    void theSqlProfileOutsideDevelopmentNeedsItsLocalKeyAndAMalformedOneIsNeverShown() {
        assertThat(run("--set", "portside.profile=sql", "--set", "portside.records.accept-volatile-archive=true",
                "--set", "portside.records.local-key=dG9vLXNob3J0", "config")).isEqualTo(PortsideCli.CONFIG_INVALID);
        assertThat(badKeys()).singleElement().asString().contains("portside.records.local-key", "32 bytes")
                .doesNotContain("dG9vLXNob3J0");
    }

    @Test
    void aValidConfigFileIsReadAndABadKeyInItExitsThree(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.properties");
        Files.writeString(good, "portside.aws.region=eu-west-1\nportside.health.timeout=2s\n");
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "portside.aws.region=eu-west-1\nportside.sampel.adapter=inmemory\n");

        assertThat(run("--config", good.toString(), "config")).isZero();
        assertThat(cli.out()).contains("portside.aws.region = eu-west-1  (file " + good + ")");
        assertThat(run("-c", bad.toString(), "health")).isEqualTo(PortsideCli.CONFIG_INVALID);
        assertThat(badKeys()).singleElement().asString().contains("portside.sampel.adapter: unknown configuration key");
    }

    @Test
    void anInMemoryRecordsArchiveBehindADurableHotStoreIsRefusedUnlessTheRiskIsAccepted() {
        assertThat(run("--set", "portside.records.hot=postgres", "config")).isEqualTo(PortsideCli.CONFIG_INVALID);
        assertThat(badKeys()).singleElement().asString()
                .contains("portside.records.archive=inmemory", "portside.records.hot=postgres",
                        "portside.records.accept-volatile-archive=true");

        assertThat(run("--set", "portside.records.hot=postgres",
                "--set", "portside.records.accept-volatile-archive=true", "config")).isZero();
    }

    @Test
    void brandDocumentsAndAnalyticsOnDifferentStoresAreRefusedUnlessTheRiskIsAccepted() {
        assertThat(run("--set", "portside.brands.documents=s3", "--set", "portside.brands.analytics=postgres", "config"))
                .isEqualTo(PortsideCli.CONFIG_INVALID);
        assertThat(badKeys()).singleElement().asString()
                .contains("portside.brands.documents=s3", "portside.brands.analytics=postgres",
                        "portside.brands.accept-split-stores=true");

        assertThat(run("--set", "portside.brands.documents=s3", "--set", "portside.brands.analytics=athena", "config")).isZero();
        assertThat(run("--set", "portside.brands.documents=s3", "--set", "portside.brands.analytics=postgres",
                "--set", "portside.brands.accept-split-stores=true", "config")).isZero();
    }
}
