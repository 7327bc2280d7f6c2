package dev.portside.adapters.sql.support;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Batch writes: one statement sent as JDBC batches of at most {@code chunk} rows (JDBI's prepared batch, or a plain
 * JDBC one on the hot ingest paths), reporting the rows each entry changed in order; and the refusal of batch entries
 * that belong to another tenant than the batch's.
 */
public final class Batches {

    /** The chunk size of bulk writes: large enough to amortise round trips, small enough for the driver. */
    public static final int CHUNK = 1000;
    /** Everything in one batch. */
    public static final int ALL = Integer.MAX_VALUE;

    private Batches() {
    }

    /** Binds one row of a plain JDBC batch. */
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** {@code sql} for every item, as JDBI prepared batches of {@code chunk}; the update count of each item. */
    public static <T> int[] prepared(Handle h, String sql, List<T> items, int chunk,
                                     BiConsumer<PreparedBatch, T> bind) {
        int[] counts = new int[items.size()];
        for (int from = 0; from < items.size(); from += chunk) {
            List<T> part = items.subList(from, (int) Math.min(items.size(), (long) from + chunk));
            PreparedBatch batch = h.prepareBatch(sql);
            for (T item : part) {
                bind.accept(batch, item);
                batch.add();
            }
            System.arraycopy(batch.execute(), 0, counts, from, part.size());
        }
        return counts;
    }

    /** {@code sql} for every item, as plain JDBC batches of {@code chunk}; the update count of each item. */
    public static <T> int[] jdbc(Handle h, String sql, List<T> items, int chunk, RowBinder<T> bind)
            throws SQLException {
        int[] counts = new int[items.size()];
        try (PreparedStatement statement = h.getConnection().prepareStatement(sql)) {
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> part = items.subList(from, (int) Math.min(items.size(), (long) from + chunk));
                for (T item : part) {
                    bind.bind(statement, item);
                    statement.addBatch();
                }
                System.arraycopy(statement.executeBatch(), 0, counts, from, part.size());
            }
        }
        return counts;
    }

    /**
     * The entries of {@code tenant}; every other entry is refused into {@code refused} (by its id) as
     * {@link Problem.Invalid}.
     */
    public static <T extends TenantOwned> List<T> ofTenant(TenantId tenant, List<T> entries, Function<T, String> id,
                                                           Map<String, Problem> refused) {
        List<T> mine = new ArrayList<>();
        for (T entry : entries) {
            if (entry.tenant().equals(tenant)) {
                mine.add(entry);
            } else {
                refused.put(id.apply(entry), Problem.Invalid.of("tenant", entry.tenant().value(),
                        "is not the tenant of the batch (" + tenant.value() + ")"));
            }
        }
        return mine;
    }
}
