package dev.portside.domain.brands;

import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;

/**
 * The current generated metadata of a brand: name, recognising pattern, merchant category codes
 * and the generator's confidence. Each store is a new generation ({@code generation} counts them,
 * {@code generatedAt} is its time); {@code openEscalation} names the escalation opened for it, if any.
 * Optimistic-locked by {@link Revision}.
 */
public record BrandMetadata(
        TenantId tenant,
        BrandId brandId,
        String brandName,
        BrandPattern regex,
        List<MccCode> mccIds,
        Confidence confidence,
        long generation,
        Instant createdAt,
        Instant generatedAt,
        Option<EscalationId> openEscalation,
        Revision revision) implements TenantOwned {

    public static final int MAX_NAME = 200;
    public static final int MAX_MCC_IDS = 100;

    public BrandMetadata {
        mccIds = List.copyOf(mccIds);
        openEscalation = openEscalation == null ? Option.none() : openEscalation;
    }

    public BrandMetadata withRevision(Revision next) {
        return new BrandMetadata(tenant, brandId, brandName, regex, mccIds, confidence, generation, createdAt,
                generatedAt, openEscalation, next);
    }

    public BrandSummary summary() {
        return new BrandSummary(brandId, brandName, confidence, generation, generatedAt);
    }
}
