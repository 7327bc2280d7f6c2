package dev.portside.adapters.sql.circles;

import dev.portside.adapters.inmemory.records.InMemoryRecordArchive;
import dev.portside.adapters.inmemory.records.LocalKeyVault;
import dev.portside.adapters.sql.brands.PostgresBrandAnalytics;
import dev.portside.adapters.sql.brands.PostgresBrandDocumentStore;
import dev.portside.adapters.sql.content.PostgresStores;
import dev.portside.adapters.sql.records.PostgresHotRecordStore;
import dev.portside.adapters.sql.support.FlywayProvisioner;
import dev.portside.adapters.sql.testing.PostgresBackend;
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
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every context's facade on PostgreSQL (the sql profile's stores) refuses bad input as the other profiles do. */
class PostgresBadInputTest extends BadInputContract {

    @RegisterExtension
    static final PostgresBackend BACKEND = PostgresBackend.shared();

    private static final Clock CLOCK = Clock.systemUTC();
    private static final CursorCodec CURSORS = CursorCodec.fromSecret("bad-input");
    private static Jdbi jdbi;

    private static synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = PostgresBackend.jdbi(BACKEND.newDatabase());
            new FlywayProvisioner(jdbi, "records").provision().get();
            new FlywayProvisioner(jdbi, "brands").provision().get();
        }
        return jdbi;
    }

    @Override
    protected Option<ContentCatalog> content() {
        return Option.of(new ContentCatalog(PostgresStores.get().content, CLOCK));
    }

    @Override
    protected Option<ProgressTracker> progress() {
        return Option.of(new ProgressTracker(PostgresStores.get().progress,
                new CatalogContentDirectory(PostgresStores.get().content), CLOCK));
    }

    @Override
    protected Option<Community> community() {
        return Option.of(new Community(PostgresCircles.ports(getClass(), CLOCK)));
    }

    @Override
    protected Option<RecordVault> records() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 5);
        return Option.of(new RecordVault(new InMemoryRecordArchive(CLOCK, CURSORS), new PostgresHotRecordStore(jdbi(),
                CURSORS), new LocalKeyVault(key), RecordsPolicy.defaults(), CLOCK));
    }

    @Override
    protected Option<BrandRegistry> brands() {
        return Option.of(new BrandRegistry(new PostgresBrandDocumentStore(jdbi()),
                new PostgresBrandAnalytics(jdbi(), CURSORS), CLOCK, IdGenerator.random(), BrandRegistrySettings.defaults()));
    }
}
