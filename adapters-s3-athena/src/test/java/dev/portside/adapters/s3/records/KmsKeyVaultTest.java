package dev.portside.adapters.s3.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.s3.testing.KmsTestEndpoint;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.KeyVaultContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

class KmsKeyVaultTest extends KeyVaultContract {

    private static KmsTestEndpoint endpoint;
    private static KmsClient kms;
    private static String keyId;
    private static KeyVault vault;

    static synchronized KeyVault shared() {
        if (vault == null) {
            try {
                endpoint = KmsTestEndpoint.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kms = KmsClient.builder().endpointOverride(endpoint.endpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build();
            keyId = kms.createKey(b -> b.description("records test")).keyMetadata().keyId();
            kms.createAlias(b -> b.aliasName("alias/portside-records").targetKeyId(keyId));
            vault = new KmsKeyVault(kms, "alias/portside-records");
        }
        return vault;
    }

    @Override
    protected KeyVault vault() {
        return shared();
    }

    @Override
    protected String unknownKeyId() {
        return "alias/does-not-exist";
    }

    @Test
    void aDataKeyWrappedUnderAnotherKmsKeyIsRefused() {
        shared();
        String other = kms.createKey(b -> b.description("other")).keyMetadata().keyId();
        EncryptionContext context = EncryptionContext.of(TenantId.DEFAULT, new RecordId("r"));
        DataKey foreign = new KmsKeyVault(kms, other).generate(context).get();

        assertThat(vault.unwrap(vault.currentKeyId(), foreign.wrapped(), context).getLeft())
                .isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void anUnreachableKmsIsUnavailableAndRetriable() {
        KmsClient dead = KmsClient.builder().endpointOverride(java.net.URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();

        Problem problem = new KmsKeyVault(dead, "alias/x").generate(EncryptionContext.tenantWide(TenantId.DEFAULT)).getLeft();

        assertThat(problem).isInstanceOfSatisfying(Problem.Unavailable.class, u -> assertThat(u.retriable()).isTrue());
    }
}
