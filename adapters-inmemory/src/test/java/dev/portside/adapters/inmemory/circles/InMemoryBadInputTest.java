package dev.portside.adapters.inmemory.circles;

import dev.portside.adapters.inmemory.brands.InMemoryBrandStore;
import dev.portside.adapters.inmemory.content.InMemoryContentRepository;
import dev.portside.adapters.inmemory.progress.InMemoryProgressLedger;
import dev.portside.adapters.inmemory.records.InMemoryHotRecordStore;
import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.adapters.inmemory.records.LocalKeyVault;
import dev.portside.application.brands.BrandRegistry;
import dev.portside.application.brands.BrandRegistrySettings;
import dev.portside.application.circles.Community;
import dev.portside.application.content.ContentCatalog;
import dev.portside.application.progress.CatalogContentDirectory;
import dev.portside.application.progress.ProgressTracker;
import dev.portside.application.records.RecordVault;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.IdGenerator;
import dev.portside.testkit.badinput.BadInputContract;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Arrays;

/** Every context's facade on the in-memory adapters refuses bad input as the other profiles do. */
class InMemoryBadInputTest extends BadInputContract {

    private static final CursorCodec CURSORS = CursorCodec.fromSecret("bad-input");
    private static final Clock CLOCK = Clock.systemUTC();
    private static final InMemoryContentRepository CONTENT = new InMemoryContentRepository(CURSORS);

    @Override
    protected Option<ContentCatalog> content() {
        return Option.of(new ContentCatalog(CONTENT, CLOCK));
    }

    @Override
    protected Option<ProgressTracker> progress() {
        return Option.of(new ProgressTracker(new InMemoryProgressLedger(CURSORS), new CatalogContentDirectory(CONTENT),
                CLOCK));
    }

    @Override
    protected Option<Community> community() {
        return Option.of(new Community(InMemoryCircles.ports(CLOCK)));
    }

    @Override
    protected Option<RecordVault> records() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 5);
        return Option.of(new RecordVault(new InMemoryRecordArchive(CLOCK, CURSORS), new InMemoryHotRecordStore(CURSORS),
                new LocalKeyVault(key), RecordsPolicy.defaults(), CLOCK));
    }

    @Override
    protected Option<BrandRegistry> brands() {
        InMemoryBrandStore store = new InMemoryBrandStore(CURSORS);
        return Option.of(new BrandRegistry(store, store, CLOCK, IdGenerator.random(), BrandRegistrySettings.defaults()));
    }
}
