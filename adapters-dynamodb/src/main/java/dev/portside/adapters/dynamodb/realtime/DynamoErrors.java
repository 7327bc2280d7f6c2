package dev.portside.adapters.dynamodb.realtime;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

/** Turns the SDK's exceptions into {@link Problem.Unavailable} at the port boundary. */
final class DynamoErrors {

    static final String BACKEND = "dynamodb";

    private DynamoErrors() {
    }

    /** Runs a backend call; any SDK failure becomes Unavailable (retriable for throttling, timeouts, 5xx). */
    static <T> Either<Problem, T> guard(Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            return Either.left(unavailable(e));
        }
    }

    static Problem unavailable(SdkException e) {
        boolean retriable = e instanceof SdkClientException
                || e instanceof ProvisionedThroughputExceededException
                || e instanceof RequestLimitExceededException
                || e instanceof LimitExceededException
                || e.retryable()
                || (e instanceof DynamoDbException d && (d.statusCode() >= 500 || d.isThrottlingException()));
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Problem.Unavailable(BACKEND, retriable, message);
    }
}
