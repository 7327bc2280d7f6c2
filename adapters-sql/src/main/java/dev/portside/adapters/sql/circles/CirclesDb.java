package dev.portside.adapters.sql.circles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portside.adapters.common.circles.Doc;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Pager;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.TenantId;
import java.util.Map;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The community tables in PostgreSQL: each aggregate is a jsonb document ({@code doc}) plus the key, revision and
 * index columns its queries need. Holds the guard and pager the circles repositories share, and the document mapping.
 */
public final class CirclesDb {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    final Guard guard;
    /** The guard of writes that recognise themselves, rerun after a commit of unknown outcome. */
    final Guard rerunnable;
    final Pager pager;

    public CirclesDb(Jdbi jdbi, CursorCodec codec) {
        this.guard = Guard.postgres(jdbi);
        this.rerunnable = guard.rerunnable();
        this.pager = new Pager(guard, codec);
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

    /** Maps the {@code doc} column of a row to an aggregate of {@code tenant}. */
    static <T> RowMapper<T> rows(TenantId tenant, BiFunction<TenantId, Doc, T> fromDoc) {
        return (rs, ctx) -> fromDoc.apply(tenant, doc(rs.getString("doc")));
    }
}
