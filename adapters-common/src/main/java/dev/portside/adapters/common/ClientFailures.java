package dev.portside.adapters.common;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * A client-side failure (the request never got an answer) said in a few words that an operator can act on:
 * "connection refused", "unknown host", "no answer in time", rather than the client library's exception
 * name or its multi-line text. One place for every adapter module and for health, so a missing credential
 * or a closed port reads the same everywhere.
 */
public final class ClientFailures {

    /** What the AWS SDK's credential provider chain says when it found nothing (the start of a long text). */
    public static final String CREDENTIAL_CHAIN_TEXT = "Unable to load credentials";

    /** The one sentence that replaces that text. */
    public static final String NO_CREDENTIALS = "no AWS credentials found (set portside.aws.access-key-id and "
            + "portside.aws.secret-access-key, or configure the AWS default credentials)";

    private ClientFailures() {
    }

    /** Whether this failure (or one of its causes) is the SDK's "no credentials found". */
    public static boolean noCredentials(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith(CREDENTIAL_CHAIN_TEXT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A few words for why a request got no answer, from the innermost network cause: {@code connection
     * refused}, {@code unknown host}, {@code no route to host}, {@code no answer in time}, {@code TLS failure};
     * otherwise the exception names ({@code SdkClientException (EOFException)}).
     */
    public static String describe(Throwable failure) {
        if (noCredentials(failure)) {
            return NO_CREDENTIALS;
        }
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            if (t instanceof SSLException) {
                return "TLS failure";
            }
        }
        return failure.getClass().getSimpleName() + (root == failure ? "" : " (" + root.getClass().getSimpleName() + ")");
    }
}
