package dev.portside.testkit.faults;

import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One kind of failure a service really produces, and where it strikes: {@link Refused} before the request leaves
 * the client (nothing applied), {@link LostReply} after the server applied it (the reply is replaced by the error,
 * so the SDK retries an applied request), {@link Partial} a batch the server only partly did.
 */
public sealed interface Fault {

    String name();

    /** The operations (e.g. {@code PutItem}) this fault can strike; empty means every operation. */
    Set<String> operations();

    default boolean strikes(String operation) {
        return operations().isEmpty() || operations().contains(operation);
    }

    /** The request is refused before it reaches the server with {@code error} (throttling, a 500, a conflict). */
    record Refused(String name, Set<String> operations, Supplier<? extends SdkException> error) implements Fault {
    }

    /** The request reaches the server and is applied; its reply is lost and the client sees {@code error}. */
    record LostReply(String name, Set<String> operations, Supplier<? extends SdkException> error) implements Fault {
    }

    /** A batch of which the server does only a part: the rest is withheld and returned as unprocessed. */
    record Partial(String name, Set<String> operations, Split split) implements Fault {
    }

    /** How a batch request is split into the part sent and the part answered back as unprocessed. */
    interface Split {

        /** The request without the withheld part, or none of it withheld ({@code request} itself). */
        SdkRequest withhold(SdkRequest request, Random random, Withheld withheld);

        /** The response with the withheld part added as unprocessed. */
        SdkResponse restore(SdkResponse response, Object withheld);
    }

    /** Where a split keeps what it withheld until the response comes back. */
    interface Withheld {

        void keep(Object part);
    }
}
