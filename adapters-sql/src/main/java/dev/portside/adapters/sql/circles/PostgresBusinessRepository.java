package dev.portside.adapters.sql.circles;

import dev.portside.adapters.common.circles.Documents;
import dev.portside.domain.circles.Business;
import dev.portside.domain.circles.BusinessId;
import dev.portside.domain.circles.BusinessRepository;

/** Businesses in {@code circles_businesses}, one jsonb document per row, saved {@code WHERE revision = ?}. */
public final class PostgresBusinessRepository extends DirectoryRows<Business, BusinessId> implements BusinessRepository {

    public PostgresBusinessRepository(CirclesDb db) {
        super(db, new Mapping<>("circles_businesses", "business", x -> x.id().value(), Business::revision,
                Business::withRevision, Documents::business, Documents::business), BusinessId::value);
    }
}
