package dev.portside.domain.brands;

import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.kernel.TenantOwned;
import java.time.Instant;

/** Immutable feedback on a brand's generated metadata: free text (1..5000 chars) and a category. */
public record Feedback(TenantId tenant, FeedbackId id, BrandId brandId, String text, FeedbackCategory category,
                       Instant submittedAt) implements TenantOwned {

    public static final int MAX_TEXT = 5000;
}
