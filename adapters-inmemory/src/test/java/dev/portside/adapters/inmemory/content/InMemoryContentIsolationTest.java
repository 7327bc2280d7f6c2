package dev.portside.adapters.inmemory.content;

import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.isolation.ContentIsolationContract;

class InMemoryContentIsolationTest extends ContentIsolationContract {

    private final ContentRepository repository = new InMemoryContentRepository(CursorCodec.fromSecret("test"));

    @Override
    protected ContentRepository repository() {
        return repository;
    }
}
