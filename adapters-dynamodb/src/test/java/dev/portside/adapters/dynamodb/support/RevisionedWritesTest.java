package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RevisionedWritesTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    /** Every request the client sends, by its class name. */
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final DynamoDbClient client = SupportTables.client(new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            sent.add(context.request().getClass().getSimpleName());
        }
    });
    private final String table = SupportTables.table("revisioned");
    private final RevisionedWrites writes = new RevisionedWrites(client, table, "pk", "revision",
            RevisionedWrites.Gone.CONFLICT);

    private static Map<String, AttributeValue> item(String id, long revision) {
        return Map.of("pk", s(id), "sk", s("-"), "group", s("g"), "revision", n(revision));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("pk", s(id), "sk", s("-"));
    }

    @Test
    void a_stale_save_reports_the_actual_revision_from_the_failed_write_without_reading_again() {
        assertThat(writes.create("thing", "a", item("a", 1)).get()).isEqualTo(new Revision(1));
        assertThat(writes.save("thing", "a", item("a", 2), new Revision(1)).get()).isEqualTo(new Revision(2));
        assertThat(writes.save("thing", "a", item("a", 3), new Revision(2)).get()).isEqualTo(new Revision(3));
        sent.clear();
        assertThat(writes.save("thing", "a", item("a", 2), new Revision(1)).getLeft())
                .isEqualTo(new Problem.Conflict("thing", "a", new Revision(1), new Revision(3)));
        assertThat(writes.delete("thing", "a", key("a"), new Revision(2)).getLeft())
                .isEqualTo(new Problem.Conflict("thing", "a", new Revision(2), new Revision(3)));
        assertThat(sent).containsExactly("PutItemRequest", "TransactWriteItemsRequest");
    }

    @Test
    void a_refused_transaction_names_the_item_and_its_revision_as_the_failed_write_found_it() {
        writes.create("thing", "b", item("b", 1)).get();
        writes.save("thing", "b", item("b", 2), new Revision(1)).get();
        sent.clear();
        RevisionedWrites.Refusal refusal = writes.transact(List.of(writes.putNew(item("c", 1)),
                writes.putIfRevision(item("b", 2), new Revision(1)))).get().get();
        assertThat(refusal.index()).isEqualTo(1);
        assertThat(refusal.stood().map(writes::revisionOf).get()).isEqualTo(new Revision(2));
        assertThat(writes.stale("thing", "b", new Revision(1), refusal.stood()))
                .isEqualTo(new Problem.Conflict("thing", "b", new Revision(1), new Revision(2)));
        assertThat(sent).containsExactly("TransactWriteItemsRequest");
        assertThat(writes.read(key("c"), i -> i).get()).isEmpty();
    }

    @Test
    void creating_an_existing_key_is_already_exists_and_writing_a_missing_one_has_no_actual_revision() {
        writes.create("thing", "d", item("d", 1)).get();
        assertThat(writes.create("thing", "d", item("d", 1)).getLeft())
                .isEqualTo(new Problem.AlreadyExists("thing", "d"));
        assertThat(writes.save("thing", "gone", item("gone", 2), new Revision(1)).getLeft())
                .isEqualTo(new Problem.Conflict("thing", "gone", new Revision(1), null));
        assertThat(new RevisionedWrites(client, table, "pk", "revision", RevisionedWrites.Gone.NOT_FOUND)
                .delete("thing", "gone", key("gone"), new Revision(1)).getLeft())
                .isEqualTo(new Problem.NotFound("thing", "gone"));
        assertThat(writes.delete("thing", "d", key("d"), new Revision(1)).get()).isEqualTo(new Revision(1));
        assertThat(writes.read(key("d"), i -> i).get()).isEmpty();
    }
}
