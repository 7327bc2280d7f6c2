package dev.portside.adapters.inmemory.content;

import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.content.ContentLifecycleChain;

class InMemoryContentLifecycleTest extends ContentLifecycleChain {

    private final ContentRepository repository =
            new InMemoryContentRepository(CursorCodec.fromSecret("in-memory content lifecycle key"));

    @Override
    protected ContentRepository repository() {
        return repository;
    }
}
