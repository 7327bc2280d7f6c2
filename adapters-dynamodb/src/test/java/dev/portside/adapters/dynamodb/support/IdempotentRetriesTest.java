package dev.portside.adapters.dynamodb.support;

import static dev.portside.adapters.dynamodb.support.Attributes.n;
import static dev.portside.adapters.dynamodb.support.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.adapters.dynamodb.testing.DynamoFaults;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.testkit.faults.Fault;
import dev.portside.testkit.faults.FaultInjector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

class IdempotentRetriesTest {

    @RegisterExtension
    static final DynamoDbBackend BACKEND = DynamoDbBackend.shared();

    private final String table = SupportTables.table("idempotent");

    private static Map<String, AttributeValue> item(String id, long revision, String body) {
        return Map.of("pk", s(id), "sk", s("-"), "group", s("g"), "revision", n(revision), "body", s(body));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("pk", s(id), "sk", s("-"));
    }

    /** Writes through a client whose next call loses its first reply (applied, answered 500, retried by the SDK). */
    private RevisionedWrites losingOneReply(FaultInjector injector) {
        injector.strikeAtMost(1).start();
        return writes(DynamoFaults.client(injector));
    }

    private RevisionedWrites writes(DynamoDbClient client) {
        return new RevisionedWrites(client, table, "pk", "revision", RevisionedWrites.Gone.CONFLICT);
    }

    private static FaultInjector only(String fault) {
        return new FaultInjector(1, 1.0, DynamoFaults.all().stream().filter(f -> f.name().equals(fault)).toList());
    }

    @Test
    void a_create_whose_reply_was_lost_recognises_its_own_item_and_succeeds() {
        FaultInjector injector = only("lost reply (500)");
        assertThat(losingOneReply(injector).create("thing", "a", item("a", 1, "x")).get()).isEqualTo(new Revision(1));
        assertThat(injector.struck()).containsExactly("PutItem: lost reply (500)");
    }

    @Test
    void a_create_refused_by_another_item_still_reports_already_exists() {
        writes(BACKEND.client()).create("thing", "b", item("b", 1, "theirs")).get();
        assertThat(losingOneReply(only("lost reply (500)")).create("thing", "b", item("b", 1, "mine")).getLeft())
                .isEqualTo(new Problem.AlreadyExists("thing", "b"));
    }

    @Test
    void a_save_whose_reply_was_lost_recognises_its_own_revision_and_content() {
        writes(BACKEND.client()).create("thing", "c", item("c", 1, "x")).get();
        FaultInjector injector = only("lost reply (connection reset)");
        assertThat(losingOneReply(injector).save("thing", "c", item("c", 2, "y"), new Revision(1)).get())
                .isEqualTo(new Revision(2));
        assertThat(injector.struck()).containsExactly("PutItem: lost reply (connection reset)");
    }

    @Test
    void a_save_over_another_writers_revision_is_still_a_conflict() {
        RevisionedWrites plain = writes(BACKEND.client());
        plain.create("thing", "d", item("d", 1, "x")).get();
        plain.save("thing", "d", item("d", 2, "theirs"), new Revision(1)).get();
        assertThat(losingOneReply(only("lost reply (500)")).save("thing", "d", item("d", 2, "mine"), new Revision(1))
                .getLeft()).isEqualTo(new Problem.Conflict("thing", "d", new Revision(1), new Revision(2)));
    }

    @Test
    void a_delete_whose_reply_was_lost_is_answered_as_its_first_attempt_was() {
        writes(BACKEND.client()).create("thing", "e", item("e", 1, "x")).get();
        FaultInjector injector = only("lost reply (500)");
        assertThat(losingOneReply(injector).delete("thing", "e", key("e"), new Revision(1)).get())
                .isEqualTo(new Revision(1));
        assertThat(injector.struck()).containsExactly("TransactWriteItems: lost reply (500)");
        assertThat(writes(BACKEND.client()).read(key("e"), i -> i).get()).isEmpty();
    }

    @Test
    void a_transaction_cancelled_by_a_conflict_is_retried_until_it_is_written() {
        FaultInjector injector = only("TransactionCanceled [TransactionConflict]").strikeAtMost(3);
        injector.start();
        RevisionedWrites writes = writes(DynamoFaults.client(injector));
        assertThat(writes.transact(List.of(writes.putNew(item("f", 1, "x")))).get()).isEmpty();
        assertThat(injector.struck()).hasSize(3);
        assertThat(writes(BACKEND.client()).read(key("f"), i -> i.get("body").s()).get()).contains("x");
    }

    @Test
    void a_transaction_applied_under_a_lost_reply_then_cancelled_by_a_conflict_is_recognised_on_its_retry() {
        writes(BACKEND.client()).create("thing", "k", item("k", 1, "x")).get();
        FaultInjector injector = FaultInjector.inOrder(List.of(fault("lost reply (500)"),
                fault("TransactionCanceled [TransactionConflict]")));
        injector.start();
        RevisionedWrites writes = writes(DynamoFaults.client(injector));
        assertThat(writes.delete("thing", "k", key("k"), new Revision(1)).get()).isEqualTo(new Revision(1));
        assertThat(injector.struck()).containsExactly("TransactWriteItems: lost reply (500)",
                "TransactWriteItems: TransactionCanceled [TransactionConflict]");
        assertThat(writes(BACKEND.client()).read(key("k"), i -> i).get()).isEmpty();
    }

    private static Fault fault(String name) {
        return DynamoFaults.all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_transaction_conflicting_past_the_deadline_is_a_retriable_unavailable() {
        FaultInjector injector = only("TransactionCanceled [TransactionConflict]");
        injector.start();
        RevisionedWrites writes = new RevisionedWrites(DynamoFaults.client(injector), table, "pk", "revision",
                RevisionedWrites.Gone.CONFLICT, Duration.ofMillis(300));
        Problem problem = writes.transact(List.of(writes.putNew(item("g", 1, "x")))).getLeft();
        assertThat(problem).isInstanceOf(Problem.Unavailable.class);
        assertThat(((Problem.Unavailable) problem).retriable()).isTrue();
        assertThat(writes(BACKEND.client()).read(key("g"), i -> i).get()).isEmpty();
    }

    @Test
    void the_test_server_replays_a_client_request_token_and_refuses_it_for_another_request() {
        DynamoDbClient client = BACKEND.client();
        RevisionedWrites writes = writes(client);
        List<TransactWriteItem> create = List.of(writes.putNew(item("h", 1, "x")));
        String token = java.util.UUID.randomUUID().toString();
        client.transactWriteItems(b -> b.transactItems(create).clientRequestToken(token));
        client.transactWriteItems(b -> b.transactItems(create).clientRequestToken(token));
        assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(writes.putNew(item("h", 1, "y")))
                .clientRequestToken(token))).isInstanceOf(IdempotentParameterMismatchException.class);
        assertThat(writes.read(key("h"), i -> i.get("body").s()).get()).contains("x");
    }

    @Test
    void a_lost_reply_means_the_request_was_applied_and_a_refusal_means_it_was_not() {
        FaultInjector lossyInjector = only("lost reply (500)");
        lossyInjector.strikeAtMost(1).start();
        DynamoDbClient lost = DynamoFaults.client(lossyInjector);
        lost.updateItem(b -> b.tableName(table).key(key("i")).updateExpression("ADD #n :one")
                .expressionAttributeNames(Map.of("#n", "n")).expressionAttributeValues(Map.of(":one", n(1))));
        FaultInjector throttle = only("ProvisionedThroughputExceededException");
        throttle.strikeAtMost(1).start();
        DynamoFaults.client(throttle).updateItem(b -> b.tableName(table).key(key("i")).updateExpression("ADD #n :one")
                .expressionAttributeNames(Map.of("#n", "n")).expressionAttributeValues(Map.of(":one", n(1))));
        assertThat(writes(BACKEND.client()).read(key("i"), i -> i.get("n").n()).get())
                .as("lost reply: applied twice (once per attempt); throttled: applied once").contains("3");
    }

    @Test
    void partial_batches_are_finished_by_the_adapter() {
        FaultInjector injector = new FaultInjector(7, 1.0, DynamoFaults.all().stream()
                .filter(f -> f instanceof Fault.Partial).toList());
        injector.start();
        Batches batches = new Batches(DynamoFaults.client(injector));
        List<Map<String, AttributeValue>> items = IntStream.range(0, 30)
                .mapToObj(i -> item("batch-" + i, 1, "x")).toList();
        assertThat(batches.put(table, items).get()).isEqualTo(30);
        assertThat(batches.get(table, items.stream().map(i -> key(i.get("pk").s())).toList()).get()).hasSize(30);
        assertThat(injector.struck()).anyMatch(s -> s.startsWith("BatchWriteItem: UnprocessedItems"))
                .anyMatch(s -> s.startsWith("BatchGetItem: UnprocessedKeys"));
    }
}
