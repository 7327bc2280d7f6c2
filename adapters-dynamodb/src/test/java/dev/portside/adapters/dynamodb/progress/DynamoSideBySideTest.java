package dev.portside.adapters.dynamodb.progress;

import dev.portside.adapters.dynamodb.content.DynamoStores;
import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.adapters.inmemory.progress.InMemoryProgressLedger;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.progress.SideBySideContract;

class DynamoSideBySideTest extends SideBySideContract {

    private static final CursorCodec CODEC = CursorCodec.fromSecret("reference");
    private static final ContentRepository REFERENCE_CONTENT = new InMemoryContentRepository(CODEC);
    private static final ProgressLedger REFERENCE_LEDGER = new InMemoryProgressLedger(CODEC);

    @Override
    protected ContentRepository referenceContent() {
        return REFERENCE_CONTENT;
    }

    @Override
    protected ProgressLedger referenceLedger() {
        return REFERENCE_LEDGER;
    }

    @Override
    protected ContentRepository subjectContent() {
        return DynamoStores.get().content;
    }

    @Override
    protected ProgressLedger subjectLedger() {
        return DynamoStores.get().progress;
    }
}
