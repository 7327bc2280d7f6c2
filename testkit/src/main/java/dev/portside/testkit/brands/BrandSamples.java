package dev.portside.testkit.brands;

import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandPattern;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.MccCode;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Valid brand documents for contract tests, built directly (not through the registry). */
public final class BrandSamples {

    public static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123Z");

    private BrandSamples() {
    }

    public static TenantId tenant(String name) {
        return TenantId.of(name).get();
    }

    public static Confidence confidence(String value) {
        return Confidence.of("confidence", new BigDecimal(value)).get();
    }

    public static BrandMetadata metadata(TenantId tenant, long brand, String confidence, Instant at) {
        return new BrandMetadata(tenant, new BrandId(brand), "Brand " + brand,
                BrandPattern.of("regex", "(?i)brand" + brand + ".*").get(),
                List.of(MccCode.of("mcc", "5411").get(), MccCode.of("mcc", "0742").get()), confidence(confidence),
                1, at, at, Option.none(), Revision.INITIAL);
    }

    public static Escalation escalation(TenantId tenant, long brand, String confidence, Instant at) {
        return Escalation.open(tenant, EscalationId.issue(day(at), UUID.randomUUID().toString()), new BrandId(brand),
                "Brand " + brand, "confidence " + confidence + " is low", confidence(confidence), at);
    }

    public static Feedback feedback(TenantId tenant, long brand, FeedbackCategory category, Instant at) {
        return new Feedback(tenant, FeedbackId.issue(day(at), UUID.randomUUID().toString()), new BrandId(brand),
                "The regex misses 'O''Brien & Co' – \"quoted\" text", category, at);
    }

    public static WorkflowExecution execution(TenantId tenant, long brand, Instant at) {
        String token = UUID.randomUUID().toString();
        return WorkflowExecution.start(tenant, ExecutionId.issue(day(at), token), Option.some(arn(brand, token)),
                new BrandId(brand), at);
    }

    /** A Step Functions execution ARN of the brand workflow, the execution named after the brand and a token. */
    public static String arn(long brand, String token) {
        return "arn:aws:states:eu-west-1:123456789012:execution:brand-workflow:exec-" + brand + "-" + token;
    }

    public static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
