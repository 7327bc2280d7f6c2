package dev.portside.adapters.s3.brands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandPattern;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.EscalationStatus;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.MccCode;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of brand documents: flat snake_case fields that are also the Athena columns,
 * timestamps as fixed-width UTC strings (so string order is time order), confidence as a decimal
 * number. Tenant and day are not stored in the body: they are the Hive partitions of the key.
 */
public final class BrandJson {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private BrandJson() {
    }

    public static String time(Instant at) {
        return TIME.format(at);
    }

    static Instant instant(String text) {
        return Instant.from(TIME.parse(text));
    }

    public static byte[] metadata(BrandMetadata m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("brand_id", m.brandId().value());
        o.put("brand_name", m.brandName());
        o.put("regex", m.regex().source());
        ArrayNode mcc = o.putArray("mcc_ids");
        m.mccIds().forEach(c -> mcc.add(c.value()));
        o.put("confidence", m.confidence().value());
        o.put("generation", m.generation());
        o.put("created_at", time(m.createdAt()));
        o.put("generated_at", time(m.generatedAt()));
        o.put("open_escalation", m.openEscalation().map(EscalationId::value).getOrNull());
        o.put("revision", m.revision().value());
        return bytes(o);
    }

    public static BrandMetadata metadata(TenantId tenant, byte[] body) {
        JsonNode o = tree(body);
        List<MccCode> mcc = new ArrayList<>();
        o.get("mcc_ids").forEach(c -> mcc.add(new MccCode(c.asText())));
        return new BrandMetadata(tenant, new BrandId(o.get("brand_id").asLong()), o.get("brand_name").asText(),
                new BrandPattern(o.get("regex").asText()), mcc, confidence(o.get("confidence").decimalValue()),
                o.get("generation").asLong(), instant(o.get("created_at").asText()),
                instant(o.get("generated_at").asText()), text(o, "open_escalation").map(EscalationId::new),
                new Revision(o.get("revision").asLong()));
    }

    public static byte[] feedback(Feedback f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("feedback_id", f.id().value());
        o.put("brand_id", f.brandId().value());
        o.put("text", f.text());
        o.put("category", f.category().name());
        o.put("submitted_at", time(f.submittedAt()));
        return bytes(o);
    }

    public static Feedback feedback(TenantId tenant, byte[] body) {
        JsonNode o = tree(body);
        return new Feedback(tenant, new FeedbackId(o.get("feedback_id").asText()), new BrandId(o.get("brand_id")
                .asLong()), o.get("text").asText(), FeedbackCategory.valueOf(o.get("category").asText()),
                instant(o.get("submitted_at").asText()));
    }

    public static byte[] execution(WorkflowExecution e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("execution_id", e.id().value());
        o.put("execution_arn", e.arn().getOrNull());
        o.put("brand_id", e.brandId().value());
        o.put("status", e.status().name());
        o.put("started_at", time(e.startedAt()));
        o.put("ended_at", e.endedAt().map(BrandJson::time).getOrNull());
        o.put("duration_seconds", e.endedAt().map(end -> e.duration(end).toMillis() / 1000.0).getOrNull());
        o.put("error", e.error().getOrNull());
        o.put("revision", e.revision().value());
        return bytes(o);
    }

    public static WorkflowExecution execution(TenantId tenant, byte[] body) {
        JsonNode o = tree(body);
        return new WorkflowExecution(tenant, new ExecutionId(o.get("execution_id").asText()),
                text(o, "execution_arn"), new BrandId(o.get("brand_id").asLong()),
                ExecutionStatus.valueOf(o.get("status").asText()), instant(o.get("started_at").asText()),
                text(o, "ended_at").map(BrandJson::instant), text(o, "error"), new Revision(o.get("revision").asLong()));
    }

    public static byte[] escalation(Escalation e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("escalation_id", e.id().value());
        o.put("brand_id", e.brandId().value());
        o.put("brand_name", e.brandName());
        o.put("reason", e.reason());
        o.put("confidence", e.confidence().value());
        o.put("escalated_at", time(e.escalatedAt()));
        o.put("status", e.status().name());
        o.put("resolution_note", e.resolutionNote().getOrNull());
        o.put("updated_at", time(e.updatedAt()));
        o.put("revision", e.revision().value());
        return bytes(o);
    }

    public static Escalation escalation(TenantId tenant, byte[] body) {
        JsonNode o = tree(body);
        return new Escalation(tenant, new EscalationId(o.get("escalation_id").asText()),
                new BrandId(o.get("brand_id").asLong()), o.get("brand_name").asText(), o.get("reason").asText(),
                confidence(o.get("confidence").decimalValue()), instant(o.get("escalated_at").asText()),
                EscalationStatus.valueOf(o.get("status").asText()), text(o, "resolution_note"),
                instant(o.get("updated_at").asText()), new Revision(o.get("revision").asLong()));
    }

    /**
     * A pointer from an execution ARN to the execution's id, and when it was written ({@code pointed_at}); a
     * pointer written before that field existed has none and is dated by the object's last modification.
     */
    public record ArnPointer(ExecutionId execution, Option<Instant> pointedAt) {
    }

    /** The pointer from an execution ARN to the execution's id, written at {@code at}. */
    public static byte[] arnPointer(String arn, ExecutionId id, Instant at) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("execution_arn", arn);
        o.put("execution_id", id.value());
        o.put("pointed_at", time(at));
        return bytes(o);
    }

    public static ExecutionId pointedExecution(byte[] body) {
        return arnPointer(body).execution();
    }

    public static ArnPointer arnPointer(byte[] body) {
        JsonNode o = tree(body);
        return new ArnPointer(new ExecutionId(o.get("execution_id").asText()), text(o, "pointed_at").map(BrandJson::instant));
    }

    static Confidence confidence(BigDecimal value) {
        return new Confidence(value.setScale(Confidence.MAX_SCALE, java.math.RoundingMode.UNNECESSARY));
    }

    private static Option<String> text(JsonNode o, String field) {
        JsonNode node = o.get(field);
        return node == null || node.isNull() ? Option.none() : Option.some(node.asText());
    }

    private static byte[] bytes(ObjectNode o) {
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
