package dev.portside.bootstrap.records;

import dev.portside.domain.kernel.HealthCheck;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.function.Supplier;

/** A health check that asks a records port one cheap question and reports whether its backend answered. */
final class PortProbe implements HealthCheck {

    private final String name;
    private final Supplier<Either<Problem, ?>> question;

    PortProbe(String name, Supplier<Either<Problem, ?>> question) {
        this.name = name;
        this.question = question;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Either<Problem, String> check() {
        return question.get().map(answer -> "answers");
    }
}
