package dev.portside.adapters.s3.records;

import dev.portside.domain.records.KeyVault;
import dev.portside.testkit.records.KeyVaultContract;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.services.kms.KmsClient;

/** The same contract against real AWS KMS, when credentials and {@code PORTSIDE_TEST_KMS_KEY_ID} are present. */
@Tag("aws")
@EnabledIf("configured")
@AddLifecycleHook(value = KmsKeyVaultAwsTest.SkipUnlessConfigured.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class KmsKeyVaultAwsTest extends KeyVaultContract {

    private static KeyVault vault;

    static boolean configured() {
        String keyId = System.getenv("PORTSIDE_TEST_KMS_KEY_ID");
        return keyId != null && !keyId.isBlank()
                && (System.getenv("AWS_ACCESS_KEY_ID") != null || System.getenv("AWS_PROFILE") != null);
    }

    @Override
    protected synchronized KeyVault vault() {
        if (vault == null) {
            vault = new KmsKeyVault(KmsClient.create(), System.getenv("PORTSIDE_TEST_KMS_KEY_ID"));
        }
        return vault;
    }

    @Override
    protected String unknownKeyId() {
        return "alias/portside-test-key-that-does-not-exist";
    }

    /** Skips the jqwik properties when real KMS is not configured. */
    public static final class SkipUnlessConfigured implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return configured() ? SkipResult.doNotSkip()
                    : SkipResult.skip("real KMS needs AWS credentials and PORTSIDE_TEST_KMS_KEY_ID");
        }
    }
}
