package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.testing.PostgresBackend;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.testkit.brands.BrandDocumentStoreContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBrandDocumentStoreTest extends BrandDocumentStoreContract {

    @RegisterExtension
    static final PostgresBackend POSTGRES = PostgresBackend.shared();
    private static PostgresBrandDocumentStore store;

    @BeforeEach
    void connect() {
        if (store == null) {
            store = PostgresBrandFixture.create(POSTGRES).documents();
        }
    }

    @Override
    protected BrandDocumentStore store() {
        return store;
    }
}
