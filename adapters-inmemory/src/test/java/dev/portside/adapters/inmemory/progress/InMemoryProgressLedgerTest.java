package dev.portside.adapters.inmemory.progress;

import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.progress.ProgressLedger;
import dev.portside.testkit.progress.ProgressLedgerContract;

class InMemoryProgressLedgerTest extends ProgressLedgerContract {

    private static final ProgressLedger LEDGER = new InMemoryProgressLedger(CursorCodec.fromSecret("test"));

    @Override
    protected ProgressLedger ledger() {
        return LEDGER;
    }
}
