package dev.portside.domain.records;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;

/**
 * Hands out 256-bit data keys wrapped by a master key it never reveals, bound to an
 * {@link EncryptionContext}. Unwrapping under another context, with another key or after any change
 * to the wrapped bytes is {@link Problem.Rejected}; an unknown key id is {@link Problem.NotFound}. Data
 * keys wrapped under an older key are re-wrapped under the current one for key rotation.
 */
public interface KeyVault {

    /** The configured id of the master key new data keys are wrapped with (may be an alias). */
    String currentKeyId();

    /** The id new data keys are recorded under now: {@link #currentKeyId()} with an alias resolved (a key ARN). */
    Either<Problem, String> wrappingKeyId();

    /** A fresh data key; its {@link DataKey#keyId()} is the concrete key that wrapped it, never an alias. */
    Either<Problem, DataKey> generate(EncryptionContext context);

    Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context);

    /**
     * The envelope with its data key re-wrapped under the current key (same context); the ciphertext is
     * untouched. The old key must still unwrap (a retired key, or a KMS key not yet deleted).
     */
    Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context);
}
