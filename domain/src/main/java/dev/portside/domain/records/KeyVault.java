package dev.portside.domain.records;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;

/**
 * Hands out 256-bit data keys wrapped by a master key it never reveals, bound to an
 * {@link EncryptionContext}. Unwrapping under another context, with another key or after any change
 * to the wrapped bytes is {@link Problem.Rejected}; an unknown key id is {@link Problem.NotFound}.
 */
public interface KeyVault {

    /** The id of the master key new data keys are wrapped with. */
    String currentKeyId();

    Either<Problem, DataKey> generate(EncryptionContext context);

    Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context);
}
