package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.BackendEvents;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The one error guard of the SQL adapters: runs a JDBI/JDBC call on a handle or in a transaction and turns its
 * failures into {@link Problem.Unavailable} ({@code backend} "postgres" or "clickhouse", cause
 * {@code "<operation>: <reason> (SQLState s)"}, never the statement's parameters nor the server's message), retriable
 * for connection loss, serialization failures, deadlocks, admin shutdowns, exhausted resources and timeouts
 * (statement, lock and socket).
 * A transaction whose work returns a refusal (a {@code Left}) or throws {@link Refused} is rolled back.
 * <p>A retriable failure is rerun within {@link Retries} when the rerun cannot apply anything twice: the server
 * refused or rolled the work back (40001, 40P01, a connection lost before COMMIT was sent, no connection at all), or
 * the call is a read, or the guard is {@link #rerunnable()} (its writes recognise themselves, see {@link #rerun}).
 * The PostgreSQL driver can fail a batch on a lost connection with an {@code AssertionError} of its own; the guard
 * takes it as that lost connection.
 */
public final class Guard {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final int MAX_CAUSE = 200;

    private static final String RERUN = "portside.guard.rerun";

    private final Jdbi jdbi;
    private final String backend;
    private final Retries retries;
    private final boolean rerunnable;

    private Guard(Jdbi jdbi, String backend, Retries retries, boolean rerunnable) {
        this.jdbi = jdbi;
        this.backend = backend;
        this.retries = retries;
        this.rerunnable = rerunnable;
    }

    /** A guard of PostgreSQL calls, rerunning within the {@link Retries} configured on {@code jdbi} ({@link Retries#configure}). */
    public static Guard postgres(Jdbi jdbi) {
        return new Guard(jdbi, "postgres", Retries.of(jdbi), false);
    }

    /** A guard of ClickHouse calls, rerunning within the {@link Retries} configured on {@code jdbi}. */
    public static Guard clickhouse(Jdbi jdbi) {
        return new Guard(jdbi, "clickhouse", Retries.of(jdbi), false);
    }

    /** The same guard rerunning within {@code retries}. */
    public Guard retrying(Retries retries) {
        return new Guard(jdbi, backend, retries, rerunnable);
    }

    /**
     * The same guard for writes that may be rerun after a commit of unknown outcome (the connection was lost after
     * COMMIT was sent): on such a rerun {@link #rerun} is true and each write that finds its own values stored answers
     * what it would have answered the first time.
     */
    public Guard rerunnable() {
        return new Guard(jdbi, backend, retries, true);
    }

    /** Whether this run of a {@link #rerunnable()} call follows one whose commit may have landed. */
    public static boolean rerun(Handle h) {
        return Boolean.TRUE.equals(h.getConfig(SqlStatements.class).getAttribute(RERUN));
    }

    /** A refusal found deep inside a transaction: throwing it rolls the transaction back and makes it the result. */
    public static final class Refused extends RuntimeException {
        private final transient Problem problem;

        public Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** A call on one handle (auto-commit). */
    public <T> Either<Problem, T> handle(String operation, HandleCallback<Either<Problem, T>, SQLException> work) {
        return run(operation, rerunnable, run -> jdbi.withHandle(h -> {
            run.sent = true;
            return work.withHandle(run.mark(h));
        }), none());
    }

    /** A call on one handle whose result cannot be refused: a read, rerun whenever a rerun can help. */
    public <T> Either<Problem, T> read(String operation, HandleCallback<T, SQLException> work) {
        return run(operation, true, run -> Either.right(jdbi.withHandle(work)), none());
    }

    /** A call in one transaction; a {@code Left} result rolls it back. */
    public <T> Either<Problem, T> transaction(String operation, HandleCallback<Either<Problem, T>, SQLException> work) {
        return transaction(operation, none(), work);
    }

    /**
     * A call in one transaction where a unique-index violation is a refusal: {@code duplicate} names the problem for
     * the violated constraint (the constraint's name is all it is given).
     */
    public <T> Either<Problem, T> transaction(String operation, Function<String, Optional<Problem>> duplicate,
                                              HandleCallback<Either<Problem, T>, SQLException> work) {
        return run(operation, rerunnable, run -> jdbi.inTransaction(h -> {
            Either<Problem, T> result = refusing(work.withHandle(run.mark(h)));
            run.sent = true;
            return result;
        }), duplicate);
    }

    private static <T> Either<Problem, T> refusing(Either<Problem, T> result) {
        if (result.isLeft()) {
            throw new Refused(result.getLeft());
        }
        return result;
    }

    private static Function<String, Optional<Problem>> none() {
        return constraint -> Optional.empty();
    }

    private interface Call<T> {
        Either<Problem, T> call(Run run) throws SQLException;
    }

    /** One run of a call: whether it follows a run whose commit may have landed, whether its commit was sent. */
    private static final class Run {
        private final boolean rerun;
        private boolean sent;

        private Run(boolean rerun) {
            this.rerun = rerun;
        }

        private Handle mark(Handle h) {
            return rerun ? h.define(RERUN, true) : h;
        }
    }

    private <T> Either<Problem, T> run(String operation, boolean rerunnable, Call<T> call,
                                       Function<String, Optional<Problem>> duplicate) {
        long start = System.nanoTime();
        boolean mayHaveLanded = false;
        for (int attempt = 1; ; attempt++) {
            Run run = new Run(mayHaveLanded);
            Exception failure;
            try {
                return call.call(run);
            } catch (Refused refused) {
                return Either.left(refused.problem);
            } catch (AssertionError e) {
                failure = driverFault(e);
            } catch (SQLException | RuntimeException e) {
                failure = e;
            }
            Optional<Problem> refusal = constraint(failure).flatMap(duplicate);
            if (refusal.isPresent()) {
                return Either.left(refusal.get());
            }
            Problem.Unavailable problem = unavailable(backend, operation, failure);
            boolean landed = run.sent && connectionLost(failure);
            Duration pause = problem.retriable() && (rerunnable || !landed)
                    ? retries.pause(attempt + 1, Duration.ofNanos(System.nanoTime() - start)) : null;
            if (pause == null || !sleep(pause)) {
                BackendEvents.failed(backend, problem);
                return Either.left(problem);
            }
            BackendEvents.retried(backend, problem.cause());
            mayHaveLanded |= landed;
        }
    }

    /** The driver's own assertion failing on a dead connection (pgjdbc's batch path) is that lost connection. */
    private static SQLException driverFault(AssertionError e) {
        StackTraceElement[] at = e.getStackTrace();
        if (at.length == 0 || !at[0].getClassName().startsWith("org.postgresql.")) {
            throw e;
        }
        return new SQLException("the driver failed on a lost connection", "08006", e);
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** No answer from the server: the connection broke, so what was sent may or may not have been applied. */
    private static boolean connectionLost(Throwable failure) {
        String state = sqlCause(failure).map(SQLException::getSQLState).orElse(null);
        return state == null || state.startsWith("08") || state.startsWith("57P0");
    }

    /** The Problem a failed call is: {@code Unavailable}, retriable when the backend says a retry can help. */
    public static Problem.Unavailable unavailable(String backend, String operation, Throwable failure) {
        Optional<SQLException> sql = sqlCause(failure);
        String state = sql.map(SQLException::getSQLState).orElse(null);
        String reason = state != null ? describe(state) + " (SQLState " + state + ")"
                : sql.<Throwable>map(s -> s).orElse(root(failure)).getClass().getSimpleName();
        String cause = operation + ": " + reason;
        return new Problem.Unavailable(backend, retriable(failure, state),
                cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) : cause);
    }

    private static boolean retriable(Throwable failure, String state) {
        if (state != null && transientState(state)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> constraint(Throwable failure) {
        return sqlCause(failure).filter(s -> "23505".equals(s.getSQLState()))
                .map(s -> CONSTRAINT.matcher(String.valueOf(s.getMessage())))
                .filter(Matcher::find).map(m -> m.group(1));
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean transientState(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.equals("40001") || state.equals("40P01")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("57014")
                || state.equals("55P03")
                || state.equals("HYT00") || state.equals("HYT01");
    }

    private static String describe(String state) {
        if (state.startsWith("08")) {
            return "connection lost";
        }
        if (state.startsWith("53")) {
            return "insufficient resources";
        }
        return switch (state) {
            case "40001" -> "serialization failure";
            case "40P01" -> "deadlock detected";
            case "57P01", "57P02", "57P03" -> "server shutting down";
            case "57014", "HYT00", "HYT01" -> "query timed out or cancelled";
            case "55P03" -> "lock not available (timed out)";
            case "23505" -> "unique violation";
            case "23503" -> "foreign key violation";
            default -> switch (state.length() < 2 ? "" : state.substring(0, 2)) {
                case "22" -> "data exception";
                case "23" -> "integrity constraint violation";
                case "42" -> "syntax error or access rule violation";
                default -> "database error";
            };
        };
    }
}
