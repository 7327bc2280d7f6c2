package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import io.vavr.control.Either;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;

/**
 * Data keys from AWS KMS: GenerateDataKey (AES_256) under the configured key (id, ARN or alias), recorded
 * under the key ARN KMS answers, so Decrypt and ReEncrypt name the key that really wrapped it even after
 * the alias moves. The encryption context (tenant, and record id when bound) goes with every call, so
 * KMS refuses a key unwrapped for another tenant or record. Ciphertext, key, context and key-state
 * refusals are {@link Problem.Rejected}; throttling is a retriable {@link Problem.Unavailable}.
 */
public final class KmsKeyVault implements KeyVault {

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
    public Either<Problem, String> wrappingKeyId() {
        return Guard.KMS.call("DescribeKey", () -> kms.describeKey(b -> b.keyId(keyId)).keyMetadata().arn(),
                refusal -> refused(keyId, refusal));
    }

    @Override
    public Either<Problem, DataKey> generate(EncryptionContext context) {
        return Guard.KMS.call("GenerateDataKey", () -> {
            var response = kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)
                    .encryptionContext(context.asMap()));
            return new DataKey(response.keyId(), response.plaintext().asByteArray(),
                    response.ciphertextBlob().asByteArray());
        }, refusal -> refused(keyId, refusal));
    }

    @Override
    public Either<Problem, byte[]> unwrap(String wrappingKeyId, byte[] wrapped, EncryptionContext context) {
        return Guard.KMS.call("Decrypt", () -> kms.decrypt(b -> b.keyId(wrappingKeyId)
                .ciphertextBlob(SdkBytes.fromByteArray(wrapped)).encryptionContext(context.asMap()))
                .plaintext().asByteArray(), refusal -> refused(wrappingKeyId, refusal));
    }

    @Override
    public Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context) {
        return Guard.KMS.call("ReEncrypt", () -> {
            var response = kms.reEncrypt(b -> b.sourceKeyId(envelope.keyId()).destinationKeyId(keyId)
                    .ciphertextBlob(SdkBytes.fromByteArray(envelope.wrappedKey()))
                    .sourceEncryptionContext(context.asMap()).destinationEncryptionContext(context.asMap()));
            return envelope.withKey(response.keyId(), response.ciphertextBlob().asByteArray());
        }, refusal -> refused(envelope.keyId(), refusal));
    }

    /** What KMS's refusals mean for a key: unknown key, wrong key/context/ciphertext, unusable key. */
    private static <T> Option<Either<Problem, T>> refused(String keyId, Guard.Refusal refusal) {
        if (refusal.is("NotFoundException")) {
            return Option.some(Either.left(new Problem.NotFound("kms key", keyId)));
        }
        if (refusal.is("InvalidCiphertextException", "IncorrectKeyException")) {
            return Option.some(Either.left(new Problem.Rejected("data-key-authentication", "KMS refused the data key"
                    + " for key " + keyId + ": wrong key, encryption context or altered ciphertext")));
        }
        if (refusal.is("DisabledException", "KMSInvalidStateException")) {
            return Option.some(Either.left(new Problem.Rejected("kms-key-state", "KMS key " + keyId
                    + " is not usable: " + refusal.message())));
        }
        return Option.none();
    }

    @Override
    public String toString() {
        return "KmsKeyVault[" + keyId + "]";
    }
}
