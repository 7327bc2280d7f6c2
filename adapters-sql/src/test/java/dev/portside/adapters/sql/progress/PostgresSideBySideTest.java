package dev.portside.adapters.sql.progress;

import dev.portside.adapters.sql.content.PostgresStores;
import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.adapters.inmemory.progress.InMemoryProgressLedger;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.progress.SideBySideContract;

class PostgresSideBySideTest extends SideBySideContract {

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
        return PostgresStores.get().content;
    }

    @Override
    protected ProgressLedger subjectLedger() {
        return PostgresStores.get().progress;
    }
}
