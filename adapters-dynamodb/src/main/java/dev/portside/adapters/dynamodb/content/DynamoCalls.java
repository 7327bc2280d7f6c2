package dev.portside.adapters.dynamodb.content;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Runs DynamoDB calls at the port boundary: SDK and mapping failures become {@code Problem.Unavailable}. */
public final class DynamoCalls {

    private DynamoCalls() {
    }

    public static <T> Either<Problem, T> guard(Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            return Either.left(unavailable(e));
        } catch (RuntimeException e) {
            return Either.left(new Problem.Unavailable("dynamodb", false, "unreadable response: " + e));
        }
    }

    public static Problem unavailable(SdkException e) {
        boolean retriable = e.retryable() || e instanceof SdkClientException
                || e instanceof DynamoDbException d && (d.isThrottlingException() || d.statusCode() >= 500);
        return new Problem.Unavailable("dynamodb", retriable, e.getMessage());
    }

    /** Sleeps for a jittered exponential backoff step; false when interrupted. */
    public static boolean backoff(int attempt) {
        long ceiling = Math.min(1_000, 25L << Math.min(attempt, 6));
        try {
            Thread.sleep(ceiling / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
