package dev.portside.domain.brands;

import java.time.Instant;

/** One row of a brand listing from analytics: who, how confident, which generation, when. */
public record BrandSummary(BrandId brandId, String brandName, Confidence confidence, long generation,
                           Instant generatedAt) {
}
