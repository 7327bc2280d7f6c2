package dev.portside.adapters.sql.circles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portside.adapters.common.circles.Doc;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Problem;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The community tables in PostgreSQL: the Jdbi handle, the cursor codec, jsonb documents, and the mapping of JDBC
 * failures to {@link Problem.Unavailable} (retriable for connection loss, serialization failures and deadlocks).
 */
public final class CirclesDb {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    final Jdbi jdbi;
    final CursorCodec codec;

    public CirclesDb(Jdbi jdbi, CursorCodec codec) {
        this.jdbi = jdbi;
        this.codec = codec;
    }

    /** Thrown inside a transaction to roll it back and return {@code problem} instead. */
    static final class Refused extends RuntimeException {
        final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    static String json(Doc doc) {
        try {
            return JSON.writeValueAsString(doc.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a document", e);
        }
    }

    static Doc doc(String json) {
        try {
            return Doc.of(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored document", e);
        }
    }

    <T> Either<Problem, T> guard(Supplier<Either<Problem, T>> call) {
        try {
            return call.get();
        } catch (Refused refused) {
            return Either.left(refused.problem);
        } catch (JdbiException e) {
            Optional<SQLException> sql = sqlCause(e);
            String state = sql.map(SQLException::getSQLState).orElse("");
            boolean retriable = state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                    || state.equals("57P01") || sql.filter(s -> s instanceof SQLTransientException).isPresent();
            return Either.left(new Problem.Unavailable("postgresql", retriable,
                    sql.map(s -> s.getSQLState() + " " + s.getMessage()).orElse(e.getMessage())));
        } catch (IllegalStateException e) {
            return Either.left(new Problem.Unavailable("postgresql", false, e.getMessage()));
        }
    }

    /** The constraint a unique violation hit, if this failure is one. */
    static Optional<String> uniqueViolation(RuntimeException e) {
        return sqlCause(e).filter(s -> "23505".equals(s.getSQLState())).map(s -> String.valueOf(s.getMessage()));
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
