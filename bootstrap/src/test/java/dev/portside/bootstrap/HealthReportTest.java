package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void aFailureIsShownAsItsFirstLineOfAtMostTwoHundredCharacters() {
        String shown = HealthReport.oneLine("x".repeat(500) + "\n\tat some.Frame(Frame.java:1)");

        assertThat(shown).hasSize(200).doesNotContain("\n", "Frame");
    }

    @Test
    void theSdkCredentialChainTextBecomesOneShortSentence() {
        String chain = "dynamodb is unavailable (retriable): Unable to load credentials from any of the providers in the chain "
                + "AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), "
                + "EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ...]) : "
                + "[SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. ...]";

        assertThat(HealthReport.oneLine(chain)).startsWith("dynamodb is unavailable (retriable): no AWS credentials found")
                .doesNotContain("SystemPropertyCredentialsProvider").hasSizeLessThanOrEqualTo(200);
    }
}
