package dev.portside.adapters.inmemory.content;

import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.content.ContentRepositoryContract;

class InMemoryContentRepositoryTest extends ContentRepositoryContract {

    private static final ContentRepository REPOSITORY = new InMemoryContentRepository(CursorCodec.fromSecret("test"));

    @Override
    protected ContentRepository repository() {
        return REPOSITORY;
    }
}
