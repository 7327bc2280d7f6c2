package dev.portside.application.brands;

import dev.portside.application.brands.BrandCommands.StoreMetadata;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandPattern;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.MccCode;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A validated {@link StoreMetadata} command, ready to become the next generation. */
record MetadataDraft(TenantId tenant, BrandId brandId, String brandName, BrandPattern regex, List<MccCode> mccIds,
                     Confidence confidence, Option<Revision> expectedRevision) {

    static Either<Problem, MetadataDraft> validate(StoreMetadata command) {
        if (command == null) {
            return Checks.missingCommand();
        }
        Checks checks = Checks.start();
        TenantId tenant = checks.tenant(command.tenant());
        BrandId brandId = checks.take(BrandId.of(command.brandId()));
        String name = checks.text("brandName", command.brandName(), 1, BrandMetadata.MAX_NAME);
        BrandPattern regex = checks.take(BrandPattern.of("regex", command.regex()));
        List<MccCode> mccIds = mccIds(checks, command.mccIds());
        Confidence confidence = checks.take(Confidence.of("confidence", command.confidence()));
        Option<Revision> expected = checks.optionalRevision(command.expectedRevision());
        return checks.build(() -> new MetadataDraft(tenant, brandId, name, regex, mccIds, confidence, expected));
    }

    private static List<MccCode> mccIds(Checks checks, List<String> values) {
        if (values == null) {
            checks.require(false, "mccIds", null, "is required (may be empty)");
            return List.of();
        }
        checks.size("mccIds", values, BrandMetadata.MAX_MCC_IDS);
        List<MccCode> codes = new ArrayList<>();
        for (int i = 0; i < values.size() && i < BrandMetadata.MAX_MCC_IDS; i++) {
            MccCode code = checks.take(MccCode.of("mccIds[" + i + "]", values.get(i)));
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    BrandMetadata toMetadata(Option<BrandMetadata> existing, Instant now, Option<EscalationId> openEscalation) {
        return new BrandMetadata(tenant, brandId, brandName, regex, mccIds, confidence,
                existing.map(m -> m.generation() + 1).getOrElse(1L),
                existing.map(BrandMetadata::createdAt).getOrElse(now), now, openEscalation,
                existing.map(BrandMetadata::revision).getOrElse(Revision.INITIAL));
    }
}
