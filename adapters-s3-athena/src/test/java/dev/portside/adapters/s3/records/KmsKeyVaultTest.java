package dev.portside.adapters.s3.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.s3.testing.KmsTestEndpoint;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.KeyVaultContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

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
    void dataKeysAreRecordedUnderTheKeyArnSoMovingTheAliasKeepsOlderOnesReadable() {
        shared();
        String a = kms.createKey(b -> b.description("a")).keyMetadata().keyId();
        String b = kms.createKey(b2 -> b2.description("b")).keyMetadata().keyId();
        kms.createAlias(r -> r.aliasName("alias/moving").targetKeyId(a));
        KeyVault moving = new KmsKeyVault(kms, "alias/moving");
        EncryptionContext context = EncryptionContext.of(TenantId.DEFAULT, new RecordId("r-1"));
        DataKey first = moving.generate(context).get();

        kms.updateAlias(r -> r.aliasName("alias/moving").targetKeyId(b));
        DataKey second = moving.generate(context).get();

        assertThat(first.keyId()).startsWith("arn:aws:kms:").endsWith(a);
        assertThat(second.keyId()).startsWith("arn:aws:kms:").endsWith(b);
        assertThat(moving.wrappingKeyId().get()).isEqualTo(second.keyId());
        assertThat(moving.unwrap(first.keyId(), first.wrapped(), context).get()).isEqualTo(first.plaintext());
        assertThat(moving.unwrap(second.keyId(), second.wrapped(), context).get()).isEqualTo(second.plaintext());
    }

    @Test
    void aRewrapMovesADataKeyFromTheOldKeyToTheOneTheAliasNowNames() {
        shared();
        String a = kms.createKey(b -> b.description("a")).keyMetadata().keyId();
        String b = kms.createKey(b2 -> b2.description("b")).keyMetadata().keyId();
        kms.createAlias(r -> r.aliasName("alias/rotating").targetKeyId(a));
        KeyVault rotating = new KmsKeyVault(kms, "alias/rotating");
        EncryptionContext context = EncryptionContext.of(TenantId.DEFAULT, new RecordId("r-2"));
        DataKey old = rotating.generate(context).get();
        Envelope envelope = new Envelope(Envelope.FORMAT_VERSION, old.keyId(), old.wrapped(), true, new byte[12],
                new byte[] {9});
        kms.updateAlias(r -> r.aliasName("alias/rotating").targetKeyId(b));

        Envelope rewrapped = rotating.rewrap(envelope, context).get();
        kms.disableKey(r -> r.keyId(a));

        assertThat(rewrapped.keyId()).endsWith(b);
        assertThat(rotating.unwrap(rewrapped.keyId(), rewrapped.wrappedKey(), context).get()).isEqualTo(old.plaintext());
    }

    @Test
    void aDisabledKeyIsRejectedAndSoIsOnePendingDeletion() {
        shared();
        String disabled = kms.createKey(b -> b.description("disabled")).keyMetadata().keyId();
        String deleted = kms.createKey(b -> b.description("deleted")).keyMetadata().keyId();
        EncryptionContext context = EncryptionContext.tenantWide(TenantId.DEFAULT);
        DataKey wrapped = new KmsKeyVault(kms, deleted).generate(context).get();
        kms.disableKey(b -> b.keyId(disabled));
        kms.scheduleKeyDeletion(b -> b.keyId(deleted).pendingWindowInDays(7));

        assertThat(new KmsKeyVault(kms, disabled).generate(context).getLeft()).isInstanceOfSatisfying(
                Problem.Rejected.class, r -> assertThat(r.rule()).isEqualTo("kms-key-state"));
        assertThat(new KmsKeyVault(kms, deleted).unwrap(wrapped.keyId(), wrapped.wrapped(), context).getLeft())
                .isInstanceOfSatisfying(Problem.Rejected.class, r -> assertThat(r.rule()).isEqualTo("kms-key-state"));
    }

    @Test
    void throttlingIsUnavailableAndRetriable() {
        shared();
        endpoint.throttle(20);
        try {
            Problem problem = vault.generate(EncryptionContext.tenantWide(TenantId.DEFAULT)).getLeft();

            assertThat(problem).isInstanceOfSatisfying(Problem.Unavailable.class, u -> {
                assertThat(u.retriable()).isTrue();
                assertThat(u.cause()).startsWith("GenerateDataKey: ").contains("ThrottlingException");
            });
        } finally {
            endpoint.throttle(0);
        }
    }

    @Test
    void aThrottleShorterThanTheSdkRetriesIsAbsorbed() {
        shared();
        endpoint.throttle(1);

        assertThat(vault.generate(EncryptionContext.tenantWide(TenantId.DEFAULT)).isRight()).isTrue();
    }

    @Test
    void theEncryptionContextIsBoundPairByPairSoJoinedValuesCannotCollide() {
        shared();
        SdkBytes blob = kms.encrypt(b -> b.keyId(keyId).plaintext(SdkBytes.fromUtf8String("secret"))
                .encryptionContext(Map.of("a", "b, c=d"))).ciphertextBlob();

        assertThatThrownBy(() -> kms.decrypt(b -> b.ciphertextBlob(blob).encryptionContext(Map.of("a", "b", "c", "d"))))
                .isInstanceOf(InvalidCiphertextException.class);
        assertThat(kms.decrypt(b -> b.ciphertextBlob(blob).encryptionContext(Map.of("a", "b, c=d"))).plaintext()
                .asUtf8String()).isEqualTo("secret");
    }

    @Test
    void generateDataKeyHonoursTheKeySpec() {
        shared();

        assertThat(kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_128)).plaintext().asByteArray())
                .hasSize(16);
        assertThat(kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)).plaintext().asByteArray())
                .hasSize(32);
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
