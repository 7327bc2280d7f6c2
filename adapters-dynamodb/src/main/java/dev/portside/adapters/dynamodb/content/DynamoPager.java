package dev.portside.adapters.dynamodb.content;

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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Pages a DynamoDB query exactly: reads until it has {@code limit + 1} items or the data ends, so a
 * next cursor is issued only when another item follows. The cursor is the signed key (string
 * attributes) of the last returned item, which becomes the next {@code ExclusiveStartKey}.
 */
public final class DynamoPager {

    private static final String SEP = "\u0000";

    private final DynamoDbClient client;
    private final CursorCodec cursors;

    public DynamoPager(DynamoDbClient client, CursorCodec cursors) {
        this.client = client;
        this.cursors = cursors;
    }

    public <T> Either<Problem, Page<T>> page(QueryRequest base, List<String> keyAttributes, TenantId tenant,
                                             String query, PageRequest request,
                                             Function<Map<String, AttributeValue>, T> mapper) {
        Either<Problem, Option<Map<String, AttributeValue>>> start = request.after().isEmpty()
                ? Either.right(Option.none())
                : cursors.decode(request.after().get(), tenant, query).flatMap(p -> startKey(p, keyAttributes));
        return start.flatMap(from -> DynamoCalls.guard(() -> {
            List<Map<String, AttributeValue>> rows = new ArrayList<>();
            Map<String, AttributeValue> exclusive = from.getOrNull();
            do {
                QueryResponse response = client.query(base.toBuilder().limit(request.limit() + 1 - rows.size())
                        .exclusiveStartKey(exclusive).build());
                rows.addAll(response.items());
                exclusive = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey() : null;
            } while (rows.size() <= request.limit() && exclusive != null);
            if (rows.size() <= request.limit()) {
                return Either.right(Page.last(rows.stream().map(mapper).toList()));
            }
            List<Map<String, AttributeValue>> shown = rows.subList(0, request.limit());
            Map<String, AttributeValue> last = shown.get(shown.size() - 1);
            String position = String.join(SEP, keyAttributes.stream().map(a -> last.get(a).s()).toList());
            return Either.right(new Page<>(shown.stream().map(mapper).toList(),
                    Option.of(cursors.encode(tenant, query, position))));
        }));
    }

    private static Either<Problem, Option<Map<String, AttributeValue>>> startKey(String position, List<String> names) {
        String[] values = position.split(SEP, -1);
        if (values.length != names.size()) {
            return Either.left(Problem.Invalid.of("cursor", position, "does not fit this query"));
        }
        Map<String, AttributeValue> key = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            key.put(names.get(i), AttributeValue.fromS(values[i]));
        }
        return Either.right(Option.of(key));
    }
}
