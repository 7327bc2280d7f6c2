package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.Cursor;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

class PagerTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private static final TenantId TENANT = new TenantId("acme");

    private final DynamoDbClient client = BACKEND.client();
    private final String table = SupportTables.table("pager");
    private final Pager pager = new Pager(client, CursorCodec.fromSecret("pager test key"));

    /** 40 items in group g, sorted i00..i39; only every fifth one is kept by the filter expression. */
    private void fortyItemsOfWhichEightAreKept() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("p" + i), "sk", s(String.format("i%02d", i)),
                    "group", s("g"), "keep", AttributeValue.fromBool(i % 5 == 0)));
            items.add(item);
        }
        new Batches(client).put(table, items).get();
    }

    private Pager.Query kept(String fingerprint) {
        return new Pager.Query(QueryRequest.builder().tableName(table).indexName(SupportTables.INDEX)
                .keyConditionExpression("#g = :g").filterExpression("#k = :yes")
                .expressionAttributeNames(Map.of("#g", "group", "#k", "keep"))
                .expressionAttributeValues(Map.of(":g", s("g"), ":yes", AttributeValue.fromBool(true))).build(),
                List.of("pk", "sk", "group"), fingerprint);
    }

    @Test
    void a_page_is_filled_across_the_items_a_filter_leaves_out() {
        fortyItemsOfWhichEightAreKept();
        List<String> seen = new ArrayList<>();
        Option<Cursor> after = Option.none();
        List<Integer> sizes = new ArrayList<>();
        do {
            Page<String> page = pager.page(kept("kept"), TENANT, new PageRequest(3, after), i -> i.get("sk").s()).get();
            seen.addAll(page.items());
            sizes.add(page.items().size());
            after = page.next();
        } while (after.isDefined());
        assertThat(sizes).containsExactly(3, 3, 2);
        assertThat(seen).containsExactly("i00", "i05", "i10", "i15", "i20", "i25", "i30", "i35");
    }

    @Test
    void a_cursor_of_another_tenant_or_query_is_refused() {
        fortyItemsOfWhichEightAreKept();
        Cursor cursor = pager.page(kept("kept"), TENANT, new PageRequest(2, Option.none()),
                i -> i).get().next().get();
        assertThat(pager.page(kept("kept"), new TenantId("other"), new PageRequest(2, Option.some(cursor)), i -> i)
                .getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(pager.page(kept("another query"), TENANT, new PageRequest(2, Option.some(cursor)), i -> i)
                .getLeft()).isInstanceOf(Problem.Invalid.class);
        assertThat(pager.page(kept("kept"), TENANT, new PageRequest(2, Option.some(cursor)), i -> i.get("sk").s())
                .get().items()).containsExactly("i10", "i15");
    }
}
