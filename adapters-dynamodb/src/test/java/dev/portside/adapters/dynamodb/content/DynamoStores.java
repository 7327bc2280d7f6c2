package dev.portside.adapters.dynamodb.content;

import dev.portside.adapters.dynamodb.progress.DynamoProgressLedger;
import dev.portside.adapters.dynamodb.progress.DynamoProgressProvisioner;
import dev.portside.adapters.dynamodb.progress.ProgressTables;
import dev.portside.adapters.dynamodb.testing.DynamoDbBackend;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;

/** The content and progress tables of this test JVM, provisioned once on the shared DynamoDB backend. */
public final class DynamoStores {

    public static final CursorCodec CODEC = CursorCodec.fromSecret("dynamo-test");
    private static DynamoStores instance;

    public final ContentRepository content;
    public final ProgressLedger progress;

    private DynamoStores() {
        var client = DynamoDbBackend.shared().client();
        String prefix = DynamoDbBackend.uniquePrefix();
        ContentTables contentTables = ContentTables.withPrefix(prefix);
        ProgressTables progressTables = ProgressTables.withPrefix(prefix);
        new DynamoContentProvisioner(client, contentTables).provision().get();
        new DynamoProgressProvisioner(client, progressTables).provision().get();
        content = new DynamoContentRepository(client, contentTables, CODEC);
        progress = new DynamoProgressLedger(client, progressTables, CODEC);
    }

    public static synchronized DynamoStores get() {
        if (instance == null) {
            instance = new DynamoStores();
        }
        return instance;
    }
}
