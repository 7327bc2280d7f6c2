package dev.portside.application.brands;

import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.Escalation;
import io.vavr.control.Option;

/** The stored metadata and the escalation its low confidence opened, if it opened one. */
public record MetadataStored(BrandMetadata metadata, Option<Escalation> escalationOpened) {
}
