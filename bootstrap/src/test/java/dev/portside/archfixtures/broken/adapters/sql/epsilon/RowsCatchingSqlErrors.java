package dev.portside.archfixtures.broken.adapters.sql.epsilon;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.JdbiException;

/**
 * Breaks: only the adapters' support packages catch a backend client's exceptions (a subclass of
 * SQLException, and a Jdbi one inside a lambda).
 */
public class RowsCatchingSqlErrors {

    String read(Callable<String> call) throws Exception {
        try {
            return call.call();
        } catch (SQLTransientConnectionException e) {
            return "failed";
        }
    }

    Runnable write(Runnable call) {
        return () -> {
            try {
                call.run();
            } catch (JdbiException e) {
                // swallowed outside the guard
            }
        };
    }
}
