package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * One multi-step document write with compensation, the seed's DualStorageClient made precise:
 * each completed step registers how to undo it; when a later step fails the undos run newest
 * first. The result names the failed step and its object, and either confirms nothing was left
 * behind or lists each object whose compensation failed, to be cleaned up by hand.
 */
final class DualWrite {

    private record Undo(String action, String url, Supplier<Either<Problem, Boolean>> run) {
    }

    private final String operation;
    private final Deque<Undo> undos = new ArrayDeque<>();

    DualWrite(String operation) {
        this.operation = operation;
    }

    void undoWith(String action, String url, Supplier<Either<Problem, Boolean>> run) {
        undos.push(new Undo(action, url, run));
    }

    /**
     * Compensates and reports: a domain refusal (Conflict, AlreadyExists, Invalid) is returned as is
     * when compensation succeeded; anything else, or any failed compensation, becomes Unavailable.
     */
    <T> Either<Problem, T> fail(String step, String url, Problem cause) {
        List<String> undone = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        while (!undos.isEmpty()) {
            Undo undo = undos.pop();
            Either<Problem, Boolean> result = undo.run().get();
            if (result.isRight()) {
                undone.add(undo.action() + " " + undo.url());
            } else {
                leftBehind.add(undo.url() + " (" + undo.action() + " failed: " + result.getLeft().message() + ")");
            }
        }
        boolean refusal = cause instanceof Problem.Conflict || cause instanceof Problem.AlreadyExists
                || cause instanceof Problem.Invalid;
        if (leftBehind.isEmpty() && refusal) {
            return Either.left(cause);
        }
        String failure = operation + " failed at step '" + step + "' (" + url + "): " + cause.message();
        if (leftBehind.isEmpty()) {
            return Either.left(new Problem.Unavailable(Guard.S3.backend(),
                    cause instanceof Problem.Unavailable u && u.retriable(),
                    failure + "; compensation succeeded" + (undone.isEmpty() ? " (nothing had been written)"
                            : ": " + String.join(", ", undone)) + "; no partial state remains"));
        }
        return Either.left(new Problem.Unavailable(Guard.S3.backend(), false, failure
                + "; compensation FAILED too, partial state remains; clean up manually: "
                + String.join("; ", leftBehind)));
    }
}
