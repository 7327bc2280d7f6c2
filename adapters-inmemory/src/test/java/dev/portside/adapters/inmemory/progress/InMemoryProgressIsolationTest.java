package dev.portside.adapters.inmemory.progress;

import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.isolation.ProgressIsolationContract;

class InMemoryProgressIsolationTest extends ProgressIsolationContract {

    private static final CursorCodec CODEC = CursorCodec.fromSecret("test");
    private static final ContentRepository CONTENT = new InMemoryContentRepository(CODEC);
    private static final ProgressLedger LEDGER = new InMemoryProgressLedger(CODEC);

    @Override
    protected ContentRepository contentRepository() {
        return CONTENT;
    }

    @Override
    protected ProgressLedger ledger() {
        return LEDGER;
    }
}
