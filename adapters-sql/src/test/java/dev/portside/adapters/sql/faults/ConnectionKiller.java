package dev.portside.adapters.sql.faults;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Connections to PostgreSQL that a second connection kills with {@code pg_terminate_backend} at seeded points of the
 * work: before a statement or a COMMIT is sent (the server rolls the transaction back), or after the server has run
 * it and before its answer is read (the write may have landed: the caller sees a lost connection, SQLState 08006).
 * At most {@code perOperation} kills fall into one operation, so a guard with more attempts always gets through.
 */
final class ConnectionKiller {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    /** Where kills fall: at seeded points, or after every operation's COMMIT or first auto-commit statement ran. */
    enum Points { SEEDED, AFTER_EACH_WRITE }

    private final DataSource target;
    private final FaultSeed seed;
    private final double chance;
    private final int perOperation;
    private final Points points;
    private String operation = "setup";
    private int killed;
    private boolean armed;

    ConnectionKiller(DataSource target, FaultSeed seed, double chance, int perOperation) {
        this(target, seed, chance, perOperation, Points.SEEDED);
    }

    private ConnectionKiller(DataSource target, FaultSeed seed, double chance, int perOperation, Points points) {
        this.target = target;
        this.seed = seed;
        this.chance = chance;
        this.perOperation = perOperation;
        this.points = points;
    }

    /** Kills each operation's connection once, after its COMMIT (or its first auto-commit statement) ran. */
    static ConnectionKiller afterEachWrite(DataSource target, FaultSeed seed) {
        return new ConnectionKiller(target, seed, 1, 1, Points.AFTER_EACH_WRITE);
    }

    /** A Jdbi over a pool of killable connections (the pool drops each one that died, as in production). */
    Jdbi jdbi() {
        DataSource killable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> open();
                    case "getLoginTimeout" -> 0;
                    case "isWrapperFor" -> false;
                    default -> null;
                });
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(killable);
        pool.setMaximumPoolSize(4);
        return Jdbi.create(new HikariDataSource(pool));
    }

    /** Kills may fall into {@code name} from now on. */
    synchronized void operation(String name) {
        operation = name;
        killed = 0;
        armed = true;
    }

    /** No more kills (for the final comparison). */
    synchronized void disarm() {
        armed = false;
    }

    private Connection open() throws SQLException {
        Connection connection = target.getConnection();
        int pid;
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        return around("COMMIT", pid, true, () -> invoke(method, connection, args));
                    }
                    Object result = invoke(method, connection, args);
                    if (result instanceof PreparedStatement statement) {
                        return statement(PreparedStatement.class, statement, pid);
                    }
                    if (result instanceof Statement statement) {
                        return statement(Statement.class, statement, pid);
                    }
                    return result;
                });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, int pid) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> EXECUTES.contains(method.getName())
                        ? around("statement", pid, statement.getConnection().getAutoCommit(),
                                () -> invoke(method, statement, args))
                        : invoke(method, statement, args)));
    }

    private interface Call {
        Object call() throws Throwable;
    }

    private Object around(String what, int pid, boolean commits, Call call) throws Throwable {
        String point = draw(commits);
        if ("before".equals(point)) {
            seed.injected(operation + ": killed before " + what);
            kill(pid);
            return call.call();
        }
        Object result = call.call();
        if ("after".equals(point)) {
            seed.injected(operation + ": killed after " + what + " ran, before its answer");
            kill(pid);
            throw new SQLException("An I/O error occurred while reading from the backend.", "08006");
        }
        return result;
    }

    private synchronized String draw(boolean commits) {
        if (!armed || killed >= perOperation || points == Points.AFTER_EACH_WRITE && !commits
                || seed.random.nextDouble() >= chance) {
            return "none";
        }
        killed++;
        return points == Points.AFTER_EACH_WRITE || seed.random.nextBoolean() ? "after" : "before";
    }

    private void kill(int pid) throws SQLException {
        try (Connection admin = target.getConnection();
             PreparedStatement terminate = admin.prepareStatement("select pg_terminate_backend(?, 5000)")) {
            terminate.setInt(1, pid);
            terminate.executeQuery().close();
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
