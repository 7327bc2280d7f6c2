package dev.portside.application.brands;

import dev.portside.domain.brands.Confidence;
import java.math.BigDecimal;

/** Tunables of the brand registry: metadata below {@code escalationThreshold} is escalated. */
public record BrandRegistrySettings(Confidence escalationThreshold) {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.5");

    public static BrandRegistrySettings defaults() {
        return new BrandRegistrySettings(Confidence.of("threshold", DEFAULT_THRESHOLD).get());
    }
}
