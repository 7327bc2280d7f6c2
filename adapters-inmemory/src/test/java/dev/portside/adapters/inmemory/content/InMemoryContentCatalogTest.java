package dev.portside.adapters.inmemory.content;

import dev.portside.domain.content.ContentRepository;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.testkit.content.ContentCatalogContract;

class InMemoryContentCatalogTest extends ContentCatalogContract {

    private static final ContentRepository REPOSITORY = new InMemoryContentRepository(CursorCodec.fromSecret("test"));

    @Override
    protected ContentRepository repository() {
        return REPOSITORY;
    }
}
