package dev.portside.benchmarks.records;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.jdbi.v3.core.Jdbi;

/**
 * One open connection shared by the adapter path and the raw path of a benchmark, so both pay the same
 * (zero) connection cost, as behind a warm pool; closing it is a no-op.
 */
final class SingleConnection {

    private final Connection connection;
    private final Connection shared;

    SingleConnection(Connection connection) {
        this.connection = connection;
        this.shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    Connection connection() {
        return shared;
    }

    Jdbi jdbi() {
        return Jdbi.create(() -> shared);
    }
}
