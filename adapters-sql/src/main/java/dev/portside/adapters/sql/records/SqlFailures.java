package dev.portside.adapters.sql.records;

import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/** Turns JDBI/JDBC failures into {@link Problem.Unavailable} at the port boundary (retriable for transient states). */
final class SqlFailures {

    private SqlFailures() {
    }

    static <T> Either<Problem, T> guard(String backend, Supplier<Either<Problem, T>> action) {
        try {
            return action.get();
        } catch (JdbiException | IllegalStateException e) {
            return Either.left(new Problem.Unavailable(backend, retriable(e), describe(e)));
        }
    }

    private static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.equals("40001") || state.equals("40P01") || state.equals("57014");
            }
            if (t instanceof java.net.SocketTimeoutException || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
