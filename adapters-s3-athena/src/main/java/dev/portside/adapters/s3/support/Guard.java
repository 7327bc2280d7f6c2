package dev.portside.adapters.s3.support;

import dev.portside.adapters.common.ClientFailures;
import dev.portside.domain.kernel.BackendEvents;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place where AWS SDK exceptions (S3, KMS, Athena) become {@link Problem}s. A refusal the caller
 * gives a meaning to (404 absent, 412 conflict, 403 retention) becomes that answer; everything else is
 * {@link Problem.Unavailable} with cause {@code "<Operation>: <short reason>"}, retriable for throttling,
 * 5xx, connection failures and timeouts.
 */
public final class Guard {

    public static final Guard S3 = new Guard("s3");
    public static final Guard KMS = new Guard("kms");
    public static final Guard ATHENA = new Guard("athena");

    private static final Set<String> THROTTLING = Set.of("SlowDown", "Throttling", "ThrottlingException",
            "LimitExceededException", "TooManyRequestsException", "RequestLimitExceeded");
    private static final int MAX_CAUSE = 200;

    /** What the service answered when it refused a call: HTTP status, error code and the first line of its message. */
    public record Refusal(int status, String code, String message) {

        public boolean is(String... codes) {
            return Set.of(codes).contains(code);
        }
    }

    /** Reads a domain answer into a refusal; none when the refusal means only "the backend failed". */
    @FunctionalInterface
    public interface Meaning<T> {
        Option<Either<Problem, T>> of(Refusal refusal);

        static <T> Meaning<T> none() {
            return refusal -> Option.none();
        }
    }

    private final String backend;

    private Guard(String backend) {
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }

    /** Runs one SDK call; any SDK exception is Unavailable. */
    public <T> Either<Problem, T> call(String operation, Supplier<T> action) {
        return call(operation, action, Meaning.none());
    }

    /** Runs one SDK call; a service refusal {@code meaning} recognises is its answer, anything else Unavailable. */
    public <T> Either<Problem, T> call(String operation, Supplier<T> action, Meaning<T> meaning) {
        return attempt(operation, () -> Either.right(action.get()), meaning);
    }

    /** Runs SDK work that already answers with an Either (several calls in a row); SDK exceptions as {@link #call}. */
    public <T> Either<Problem, T> attempt(String operation, Supplier<Either<Problem, T>> work, Meaning<T> meaning) {
        try {
            return work.get();
        } catch (AwsServiceException e) {
            Refusal refusal = refusal(e);
            return meaning.of(refusal).getOrElse(() -> Either.left(unavailable(operation, refusal, e)));
        } catch (SdkException e) {
            return Either.left(unavailable(operation, e));
        }
    }

    /** The Unavailable for an SDK exception raised by {@code operation}. */
    public Problem.Unavailable unavailable(String operation, SdkException e) {
        return e instanceof AwsServiceException service ? unavailable(operation, refusal(service), service)
                : clientFailure(operation, e);
    }

    private Problem.Unavailable unavailable(String operation, Refusal refusal, AwsServiceException e) {
        boolean throttled = e.isThrottlingException() || THROTTLING.contains(refusal.code());
        boolean retriable = throttled || refusal.status() >= 500;
        String reason = refusal.status() + " " + refusal.code() + (throttled ? " (throttled)" : "");
        return problem(operation, retriable, reason);
    }

    private Problem.Unavailable clientFailure(String operation, SdkException e) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return problem(operation, true, "timed out (" + e.getClass().getSimpleName() + ")");
        }
        boolean noCredentials = e instanceof SdkClientException && ClientFailures.noCredentials(e);
        return problem(operation, e instanceof SdkClientException && !noCredentials, ClientFailures.describe(e));
    }

    private Problem.Unavailable problem(String operation, boolean retriable, String reason) {
        String cause = operation + ": " + reason;
        Problem.Unavailable problem = new Problem.Unavailable(backend, retriable, cause.length() <= MAX_CAUSE ? cause
                : cause.substring(0, MAX_CAUSE - 1) + "…");
        BackendEvents.failed(backend, problem);
        return problem;
    }

    private static Refusal refusal(AwsServiceException e) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? e.getClass().getSimpleName() : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? ""
                : firstLine(e.awsErrorDetails().errorMessage());
        return new Refusal(e.statusCode(), code, message);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
