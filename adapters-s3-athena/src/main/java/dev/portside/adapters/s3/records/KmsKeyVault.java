package dev.portside.adapters.s3.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.KeyVault;
import io.vavr.control.Either;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * Data keys from AWS KMS: GenerateDataKey (AES_256) and Decrypt under the configured key, with the
 * encryption context (tenant, and record id when bound) sent on both, so KMS refuses a key unwrapped
 * for another tenant or record. Ciphertext, key and context refusals are {@link Problem.Rejected}.
 */
public final class KmsKeyVault implements KeyVault {

    private static final String BACKEND = "kms";

    private final KmsClient kms;
    private final String keyId;

    public KmsKeyVault(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    @Override
    public String currentKeyId() {
        return keyId;
    }

    @Override
    public Either<Problem, DataKey> generate(EncryptionContext context) {
        return guard(keyId, () -> {
            var response = kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)
                    .encryptionContext(context.asMap()));
            return Either.right(new DataKey(keyId, response.plaintext().asByteArray(), response.ciphertextBlob().asByteArray()));
        });
    }

    @Override
    public Either<Problem, byte[]> unwrap(String wrappingKeyId, byte[] wrapped, EncryptionContext context) {
        return guard(wrappingKeyId, () -> Either.right(kms.decrypt(b -> b.keyId(wrappingKeyId)
                .ciphertextBlob(SdkBytes.fromByteArray(wrapped)).encryptionContext(context.asMap()))
                .plaintext().asByteArray()));
    }

    private static <T> Either<Problem, T> guard(String keyId, Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            return Either.left(new Problem.NotFound("kms key", keyId));
        } catch (InvalidCiphertextException | IncorrectKeyException e) {
            return Either.left(new Problem.Rejected("data-key-authentication",
                    "KMS refused the data key for key " + keyId + ": wrong key, encryption context or altered ciphertext"));
        } catch (DisabledException | KmsInvalidStateException e) {
            return Either.left(new Problem.Rejected("kms-key-state", "KMS key " + keyId + " is not usable: " + e.getMessage()));
        } catch (KmsException e) {
            boolean retriable = e.isThrottlingException() || e.statusCode() >= 500;
            return Either.left(new Problem.Unavailable(BACKEND, retriable, e.getMessage()));
        } catch (SdkClientException e) {
            return Either.left(new Problem.Unavailable(BACKEND, true, e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return "KmsKeyVault[" + keyId + "]";
    }
}
