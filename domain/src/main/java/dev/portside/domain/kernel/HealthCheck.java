package dev.portside.domain.kernel;

import io.vavr.control.Either;

/** A cheap probe of one backend an adapter depends on. */
public interface HealthCheck {

    /** The backend and adapter probed, e.g. {@code "content: dynamodb"}. */
    String name();

    /** Right(a short status line) when the backend answers, else the problem. */
    Either<Problem, String> check();
}
