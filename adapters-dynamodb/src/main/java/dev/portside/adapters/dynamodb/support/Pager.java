package dev.portside.adapters.dynamodb.support;

import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Pages a DynamoDB query exactly: reads on (DynamoDB's Limit counts items before a filter expression) until it has
 * {@code limit} kept items plus one to know that more follow, or the data ends. The cursor signs, for the tenant and
 * the query's fingerprint, the key of the last item returned; it becomes the next page's ExclusiveStartKey.
 */
public final class Pager {

    /**
     * A query to page.
     *
     * @param request     the QueryRequest (table, index, conditions, order), without Limit or start key
     * @param position    how an item's position is written into a cursor and read back as a start key
     * @param fingerprint names the query and its parameters; a cursor from another fingerprint is refused
     * @param keep        a filter applied to the read items (besides any filter expression)
     */
    public record Query(QueryRequest request, Position position, String fingerprint,
                        Predicate<Map<String, AttributeValue>> keep) {

        /** A query whose position is the item's {@code keyAttributes} (the table's key, plus the index's). */
        public Query(QueryRequest request, List<String> keyAttributes, String fingerprint,
                     Predicate<Map<String, AttributeValue>> keep) {
            this(request, Position.keys(keyAttributes), fingerprint, keep);
        }

        public Query(QueryRequest request, List<String> keyAttributes, String fingerprint) {
            this(request, keyAttributes, fingerprint, item -> true);
        }
    }

    /** An item's place in a query: written into a cursor, read back as the ExclusiveStartKey after it. */
    public interface Position {

        String of(Map<String, AttributeValue> item);

        Either<Problem, Map<String, AttributeValue>> startKey(String position);

        /** The position made of the item's string key attributes. */
        static Position keys(List<String> names) {
            return new Position() {
                @Override
                public String of(Map<String, AttributeValue> item) {
                    StringBuilder position = new StringBuilder(item.get(names.get(0)).s());
                    for (int i = 1; i < names.size(); i++) {
                        position.append(SEP).append(item.get(names.get(i)).s());
                    }
                    return position.toString();
                }

                @Override
                public Either<Problem, Map<String, AttributeValue>> startKey(String position) {
                    String[] values = position.split(SEP, -1);
                    if (values.length != names.size()) {
                        return Either.left(Problem.Invalid.of("cursor", position, "does not fit this query"));
                    }
                    Map<String, AttributeValue> key = new HashMap<>();
                    for (int i = 0; i < values.length; i++) {
                        key.put(names.get(i), AttributeValue.fromS(values[i]));
                    }
                    return Either.right(key);
                }
            };
        }
    }

    private static final String SEP = "\u0000";
    private static final int MIN_READ = 10;

    private final DynamoDbClient client;
    private final CursorCodec cursors;

    public Pager(DynamoDbClient client, CursorCodec cursors) {
        this.client = client;
        this.cursors = cursors;
    }

    public <T> Either<Problem, Page<T>> page(Query query, TenantId tenant, PageRequest page,
                                             Function<Map<String, AttributeValue>, T> mapper) {
        Either<Problem, Option<Map<String, AttributeValue>>> start = page.after().isEmpty()
                ? Either.right(Option.none())
                : cursors.decode(page.after().get(), tenant, query.fingerprint())
                        .flatMap(position -> query.position().startKey(position).map(Option::some));
        return start.flatMap(from -> Guard.run(() -> {
            List<Map<String, AttributeValue>> found = read(query.request(), query.keep(), from, page.limit() + 1);
            if (found.size() <= page.limit()) {
                return Either.right(Page.last(found.stream().map(mapper).toList()));
            }
            List<Map<String, AttributeValue>> shown = found.subList(0, page.limit());
            Map<String, AttributeValue> last = shown.get(shown.size() - 1);
            Cursor next = cursors.encode(tenant, query.fingerprint(), query.position().of(last));
            return Either.right(new Page<>(shown.stream().map(mapper).toList(), Option.some(next)));
        }));
    }

    /** The first {@code wanted} items of the query (in its order). */
    public <T> Either<Problem, List<T>> first(QueryRequest request, int wanted,
                                              Function<Map<String, AttributeValue>, T> mapper) {
        return Guard.run(() -> Either.right(read(request, item -> true, Option.none(), wanted).stream()
                .map(mapper).toList()));
    }

    /** Every item of the query (a maintenance read; may be long). */
    public <T> Either<Problem, List<T>> all(QueryRequest request, Function<Map<String, AttributeValue>, T> mapper) {
        return Guard.run(() -> {
            List<T> all = new ArrayList<>();
            client.queryPaginator(request).items().forEach(item -> all.add(mapper.apply(item)));
            return Either.right(all);
        });
    }

    private List<Map<String, AttributeValue>> read(QueryRequest request, Predicate<Map<String, AttributeValue>> keep,
                                                   Option<Map<String, AttributeValue>> start, int wanted) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, AttributeValue> from = start.getOrNull();
        do {
            QueryResponse response = client.query(request.toBuilder().exclusiveStartKey(from)
                    .limit(Math.max(wanted - found.size(), MIN_READ)).build());
            for (Map<String, AttributeValue> item : response.items()) {
                if (found.size() < wanted && keep.test(item)) {
                    found.add(item);
                }
            }
            from = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (from != null && found.size() < wanted);
        return found;
    }
}
