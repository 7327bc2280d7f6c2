package dev.portside.adapters.dynamodb.support;

import dev.portside.adapters.common.ClientFailures;
import dev.portside.domain.kernel.BackendEvents;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The one error guard of the DynamoDB adapters: runs client calls and turns an SDK exception into
 * {@link Problem.Unavailable} ("dynamodb", cause {@code "<Operation>: <short reason>"}), retriable for
 * throttling, 5xx, client-side failures and timeouts. An unreadable item becomes a non-retriable Unavailable.
 */
public final class Guard {

    public static final String BACKEND = "dynamodb";
    private static final Set<String> THROTTLING = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "RequestLimitExceeded", "RequestLimitExceededException");
    private static final Set<String> RETRIABLE_CANCELLATIONS = Set.of("TransactionConflict", "ThrottlingError",
            "ProvisionedThroughputExceeded", "RequestLimitExceeded");
    private static final String CLIENT = DynamoDbClient.class.getPackageName() + ".DefaultDynamoDbClient";

    private Guard() {
    }

    public static <T> Either<Problem, T> run(Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            return Either.left(reported(unavailable(e)));
        } catch (RuntimeException e) {
            return Either.left(reported(new Problem.Unavailable(BACKEND, false,
                    operation(e, "Mapping") + ": unreadable item or response (" + e.getClass().getSimpleName() + ")")));
        }
    }

    private static Problem reported(Problem problem) {
        BackendEvents.failed(BACKEND, (Problem.Unavailable) problem);
        return problem;
    }

    public static Problem unavailable(SdkException e) {
        return new Problem.Unavailable(BACKEND, retriable(e), operation(e, "DynamoDB") + ": " + reason(e));
    }

    static boolean retriable(SdkException e) {
        if (noCredentials(e)) {
            return false;
        }
        if (e instanceof TransactionCanceledException t) {
            return !t.hasCancellationReasons() || t.cancellationReasons().stream().map(CancellationReason::code)
                    .anyMatch(RETRIABLE_CANCELLATIONS::contains);
        }
        return e instanceof SdkClientException || e instanceof ApiCallTimeoutException
                || e instanceof ApiCallAttemptTimeoutException || e.retryable()
                || e instanceof SdkServiceException s && (throttled(s) || s.statusCode() >= 500);
    }

    private static boolean throttled(SdkServiceException e) {
        return e.isThrottlingException() || THROTTLING.contains(code(e));
    }

    private static String reason(SdkException e) {
        if (e instanceof TransactionCanceledException t && t.hasCancellationReasons()) {
            return "TransactionCanceledException " + t.cancellationReasons().stream().map(CancellationReason::code)
                    .distinct().toList();
        }
        if (e instanceof SdkServiceException s) {
            return code(s) + (throttled(s) ? " (throttled)"
                    : s.statusCode() >= 500 ? " (HTTP " + s.statusCode() + ")" : "");
        }
        return ClientFailures.describe(e);
    }

    /** The SDK found no credentials: its provider-chain text is long and says nothing a retry could mend. */
    private static boolean noCredentials(SdkException e) {
        return e instanceof SdkClientException && ClientFailures.noCredentials(e);
    }

    private static String code(SdkServiceException e) {
        return e instanceof AwsServiceException a && a.awsErrorDetails() != null
                && a.awsErrorDetails().errorCode() != null
                ? a.awsErrorDetails().errorCode() : e.getClass().getSimpleName();
    }

    /** The client operation that failed (e.g. {@code PutItem}), read from the call stack of the failure. */
    private static String operation(Throwable e, String otherwise) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(CLIENT)) {
                String method = frame.getMethodName();
                return Character.toUpperCase(method.charAt(0)) + method.substring(1);
            }
        }
        return otherwise;
    }
}
