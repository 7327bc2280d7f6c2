package dev.portside.adapters.s3.brands;

import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.kernel.TenantId;

/**
 * Where brand documents live in the bucket, as Hive-style partitions under a configured prefix:
 * {@code metadata/tenant=T/brand_id=123/metadata.json}, {@code feedback/tenant=T/dt=2026-11-21/<id>.json},
 * {@code executions/tenant=T/dt=…/<id>.json}, {@code escalations/tenant=T/dt=…/<id>.json}. Dated ids
 * carry their day, so a document is found from its id without an index; an execution is found from its ARN
 * through a pointer object ({@link #executionArn}).
 */
public record BrandS3Layout(String bucket, String prefix) {

    public static final String METADATA = "metadata";
    public static final String FEEDBACK = "feedback";
    public static final String EXECUTIONS = "executions";
    public static final String ESCALATIONS = "escalations";
    /** Pointers from an execution ARN to its execution id; not a table, so outside the executions folder. */
    public static final String EXECUTION_ARNS = "execution_arns";

    public BrandS3Layout {
        prefix = prefix == null || prefix.isEmpty() || prefix.endsWith("/") ? (prefix == null ? "" : prefix)
                : prefix + "/";
    }

    public String metadata(TenantId tenant, BrandId brand) {
        return folder(METADATA) + "tenant=" + tenant.value() + "/brand_id=" + brand.value() + "/metadata.json";
    }

    public String feedback(TenantId tenant, FeedbackId id) {
        return folder(FEEDBACK) + "tenant=" + tenant.value() + "/dt=" + id.day() + "/" + id.value() + ".json";
    }

    public String execution(TenantId tenant, ExecutionId id) {
        return folder(EXECUTIONS) + "tenant=" + tenant.value() + "/dt=" + id.day() + "/" + id.value() + ".json";
    }

    public String escalation(TenantId tenant, EscalationId id) {
        return folder(ESCALATIONS) + "tenant=" + tenant.value() + "/dt=" + id.day() + "/" + id.value() + ".json";
    }

    /**
     * The pointer of an execution ARN: {@code execution_arns/tenant=T/<sha-256 of the ARN, hex>.json}, holding the
     * ARN and the execution id, so a lookup by ARN is two GETs whatever characters the ARN has.
     */
    public String executionArn(TenantId tenant, String arn) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(arn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return folder(EXECUTION_ARNS) + "tenant=" + tenant.value() + "/" + java.util.HexFormat.of().formatHex(digest)
                    + ".json";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The key prefix of one document kind, e.g. {@code brands/feedback/}. */
    public String folder(String kind) {
        return prefix + kind + "/";
    }

    /** The S3 URL of one document kind, the LOCATION of its Athena table. */
    public String location(String kind) {
        return "s3://" + bucket + "/" + folder(kind);
    }

    public String url(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
