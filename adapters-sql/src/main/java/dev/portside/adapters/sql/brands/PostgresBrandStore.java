package dev.portside.adapters.sql.brands;

import dev.portside.domain.brands.BrandAnalytics;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.BrandSummary;
import dev.portside.domain.brands.Confidence;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.ExecutionStatus;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackCategory;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.MccCode;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Brand documents and analytics in PostgreSQL (schema in {@code db/brands}). Creates insert with
 * {@code ON CONFLICT DO NOTHING}; saves update {@code WHERE revision = ?}; a metadata write and the
 * escalation it opens share one transaction. Queries page by keyset with signed cursors, in the
 * same orders as the other adapters.
 */
public final class PostgresBrandStore implements BrandDocumentStore, BrandAnalytics {

    private static final String BACKEND = "postgres";
    private final Jdbi jdbi;
    private final CursorCodec cursors;

    public PostgresBrandStore(Jdbi jdbi, CursorCodec cursors) {
        this.jdbi = jdbi;
        this.cursors = cursors;
    }

    /** A refusal found inside a transaction: rolls it back and becomes the result. */
    private static final class Refused extends RuntimeException {
        final transient Problem problem;

        Refused(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private <T> Either<Problem, T> inTransaction(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return Either.right(jdbi.inTransaction(work));
        } catch (Refused refused) {
            return Either.left(refused.problem);
        } catch (JdbiException e) {
            return Either.left(new Problem.Unavailable(BACKEND, true, what + " failed: "
                    + e.getClass().getSimpleName()));
        }
    }

    @Override
    public Either<Problem, BrandMetadata> createMetadata(BrandMetadata document,
                                                       Option<Escalation> opened) {
        TenantId tenant = document.tenant();
        BrandMetadata first = document.withRevision(Revision.INITIAL);
        return sameTenant(tenant, document.tenant(), opened).flatMap(ok -> inTransaction("create brand metadata", h -> {
            insertEscalation(h, tenant, opened);
            int rows = bindMetadata(h.createUpdate("INSERT INTO brand_metadata (tenant, brand_id, brand_name, regex,"
                    + " mcc_ids, confidence, generation, created_at, generated_at, open_escalation, revision) VALUES"
                    + " (:tenant, :brand_id, :brand_name, :regex, :mcc_ids, :confidence, :generation, :created_at,"
                    + " :generated_at, :open_escalation, :revision) ON CONFLICT DO NOTHING"), tenant, first).execute();
            if (rows == 0) {
                throw new Refused(new Problem.AlreadyExists("brand metadata", "brand " + document.brandId()));
            }
            return first;
        }));
    }

    @Override
    public Either<Problem, BrandMetadata> saveMetadata(BrandMetadata document,
                                                     Option<Escalation> opened) {
        TenantId tenant = document.tenant();
        BrandMetadata next = document.withRevision(document.revision().next());
        return sameTenant(tenant, document.tenant(), opened).flatMap(ok -> inTransaction("save brand metadata", h -> {
            int rows = bindMetadata(h.createUpdate("UPDATE brand_metadata SET brand_name = :brand_name,"
                    + " regex = :regex, mcc_ids = :mcc_ids, confidence = :confidence, generation = :generation,"
                    + " created_at = :created_at, generated_at = :generated_at, open_escalation = :open_escalation,"
                    + " revision = :revision WHERE tenant = :tenant AND brand_id = :brand_id AND revision = :expected"),
                    tenant, next).bind("expected", document.revision().value()).execute();
            if (rows == 0) {
                throw new Refused(new Problem.Conflict("brand metadata", "brand " + document.brandId(),
                        document.revision(), revision(h, "brand_metadata", "brand_id", tenant,
                                document.brandId().value())));
            }
            insertEscalation(h, tenant, opened);
            return next;
        }));
    }

    private static org.jdbi.v3.core.statement.Update bindMetadata(org.jdbi.v3.core.statement.Update update,
                                                                  TenantId tenant, BrandMetadata m) {
        return update.bind("tenant", tenant.value()).bind("brand_id", m.brandId().value())
                .bind("brand_name", m.brandName()).bind("regex", m.regex().source())
                .bind("mcc_ids", m.mccIds().stream().map(MccCode::value).toArray(String[]::new))
                .bind("confidence", m.confidence().value()).bind("generation", m.generation())
                .bind("created_at", m.createdAt()).bind("generated_at", m.generatedAt())
                .bind("open_escalation", m.openEscalation().map(EscalationId::value).getOrNull())
                .bind("revision", m.revision().value());
    }

    private static void insertEscalation(Handle h, TenantId tenant, Option<Escalation> opened) {
        if (opened.isEmpty()) {
            return;
        }
        Escalation e = opened.get().withRevision(Revision.INITIAL);
        int rows = bindEscalation(h.createUpdate("INSERT INTO brand_escalations (tenant, escalation_id, brand_id,"
                + " brand_name, reason, confidence, escalated_at, status, resolution_note, updated_at, revision)"
                + " VALUES (:tenant, :id, :brand_id, :brand_name, :reason, :confidence, :escalated_at, :status,"
                + " :note, :updated_at, :revision) ON CONFLICT DO NOTHING"), tenant, e).execute();
        if (rows == 0) {
            throw new Refused(new Problem.AlreadyExists("escalation", e.id().value()));
        }
    }

    private static org.jdbi.v3.core.statement.Update bindEscalation(org.jdbi.v3.core.statement.Update update,
                                                                    TenantId tenant, Escalation e) {
        return update.bind("tenant", tenant.value()).bind("id", e.id().value()).bind("brand_id", e.brandId().value())
                .bind("brand_name", e.brandName()).bind("reason", e.reason()).bind("confidence", e.confidence().value())
                .bind("escalated_at", e.escalatedAt()).bind("status", e.status().name())
                .bind("note", e.resolutionNote().getOrNull()).bind("updated_at", e.updatedAt())
                .bind("revision", e.revision().value());
    }

    private static Revision revision(Handle h, String table, String column, TenantId tenant, Object id) {
        return h.createQuery("SELECT revision FROM " + table + " WHERE tenant = :tenant AND " + column + " = :id")
                .bind("tenant", tenant.value()).bind("id", id).mapTo(Long.class).findOne().map(Revision::new)
                .orElse(null);
    }

    @Override
    public Either<Problem, Option<BrandMetadata>> metadata(TenantId tenant, BrandId brandId) {
        return inTransaction("read brand metadata", h -> Option.ofOptional(h.createQuery(
                "SELECT * FROM brand_metadata WHERE tenant = :tenant AND brand_id = :id").bind("tenant", tenant.value())
                .bind("id", brandId.value()).map(BrandRows.metadata(tenant)).findOne()));
    }

    @Override
    public Either<Problem, Feedback> createFeedback(Feedback f) {
        TenantId tenant = f.tenant();
        return sameTenant(tenant, f.tenant(), Option.none()).flatMap(ok -> inTransaction("create feedback", h -> {
            int rows = h.createUpdate("INSERT INTO brand_feedback (tenant, feedback_id, brand_id, text, category,"
                    + " submitted_at) VALUES (:tenant, :id, :brand_id, :text, :category, :submitted_at)"
                    + " ON CONFLICT DO NOTHING").bind("tenant", tenant.value()).bind("id", f.id().value())
                    .bind("brand_id", f.brandId().value()).bind("text", f.text()).bind("category", f.category().name())
                    .bind("submitted_at", f.submittedAt()).execute();
            if (rows == 0) {
                throw new Refused(new Problem.AlreadyExists("feedback", f.id().value()));
            }
            return f;
        }));
    }

    @Override
    public Either<Problem, Option<Feedback>> feedback(TenantId tenant, FeedbackId id) {
        return inTransaction("read feedback", h -> Option.ofOptional(h.createQuery(
                "SELECT * FROM brand_feedback WHERE tenant = :tenant AND feedback_id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).map(BrandRows.feedback(tenant)).findOne()));
    }

    @Override
    public Either<Problem, WorkflowExecution> createExecution(WorkflowExecution document) {
        TenantId tenant = document.tenant();
        WorkflowExecution e = document.withRevision(Revision.INITIAL);
        return sameTenant(tenant, e.tenant(), Option.none()).flatMap(ok -> inTransaction("create execution", h -> {
            int rows = bindExecution(h.createUpdate("INSERT INTO brand_executions (tenant, execution_id, execution_arn,"
                    + " brand_id, status, started_at, ended_at, error, revision) VALUES (:tenant, :id, :arn, :brand_id,"
                    + " :status, :started_at, :ended_at, :error, :revision) ON CONFLICT DO NOTHING"), tenant, e)
                    .execute();
            if (rows == 0) {
                throw new Refused(new Problem.AlreadyExists("execution", e.id().value()));
            }
            return e;
        }));
    }

    @Override
    public Either<Problem, WorkflowExecution> saveExecution(WorkflowExecution document) {
        TenantId tenant = document.tenant();
        WorkflowExecution next = document.withRevision(document.revision().next());
        return sameTenant(tenant, document.tenant(), Option.none()).flatMap(ok -> inTransaction("save execution", h -> {
            int rows = bindExecution(h.createUpdate("UPDATE brand_executions SET execution_arn = :arn,"
                    + " brand_id = :brand_id, status = :status, started_at = :started_at, ended_at = :ended_at,"
                    + " error = :error, revision = :revision WHERE tenant = :tenant AND execution_id = :id"
                    + " AND revision = :expected"), tenant, next).bind("expected", document.revision().value())
                    .execute();
            if (rows == 0) {
                throw new Refused(new Problem.Conflict("execution", document.id().value(), document.revision(),
                        revision(h, "brand_executions", "execution_id", tenant, document.id().value())));
            }
            return next;
        }));
    }

    private static org.jdbi.v3.core.statement.Update bindExecution(org.jdbi.v3.core.statement.Update update,
                                                                   TenantId tenant, WorkflowExecution e) {
        return update.bind("tenant", tenant.value()).bind("id", e.id().value()).bind("arn", e.arn().getOrNull())
                .bind("brand_id", e.brandId().value()).bind("status", e.status().name())
                .bind("started_at", e.startedAt()).bind("ended_at", e.endedAt().getOrNull())
                .bind("error", e.error().getOrNull()).bind("revision", e.revision().value());
    }

    @Override
    public Either<Problem, Option<WorkflowExecution>> execution(TenantId tenant, ExecutionId id) {
        return inTransaction("read execution", h -> Option.ofOptional(h.createQuery(
                "SELECT * FROM brand_executions WHERE tenant = :tenant AND execution_id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).map(BrandRows.execution(tenant)).findOne()));
    }

    @Override
    public Either<Problem, Escalation> saveEscalation(Escalation document) {
        TenantId tenant = document.tenant();
        Escalation next = document.withRevision(document.revision().next());
        return sameTenant(tenant, document.tenant(), Option.none()).flatMap(ok -> inTransaction("save escalation", h -> {
            int rows = bindEscalation(h.createUpdate("UPDATE brand_escalations SET brand_id = :brand_id,"
                    + " brand_name = :brand_name, reason = :reason, confidence = :confidence,"
                    + " escalated_at = :escalated_at, status = :status, resolution_note = :note,"
                    + " updated_at = :updated_at, revision = :revision WHERE tenant = :tenant AND escalation_id = :id"
                    + " AND revision = :expected"), tenant, next).bind("expected", document.revision().value())
                    .execute();
            if (rows == 0) {
                throw new Refused(new Problem.Conflict("escalation", document.id().value(), document.revision(),
                        revision(h, "brand_escalations", "escalation_id", tenant, document.id().value())));
            }
            return next;
        }));
    }

    @Override
    public Either<Problem, Option<Escalation>> escalation(TenantId tenant, EscalationId id) {
        return inTransaction("read escalation", h -> Option.ofOptional(h.createQuery(
                "SELECT * FROM brand_escalations WHERE tenant = :tenant AND escalation_id = :id")
                .bind("tenant", tenant.value()).bind("id", id.value()).map(BrandRows.escalation(tenant)).findOne()));
    }

    @Override
    public Either<Problem, Page<BrandSummary>> brandsBelow(TenantId tenant, Confidence below, PageRequest page) {
        return KeysetQuery.page(this, cursors, tenant, "brands.below|" + below, page,
                "SELECT * FROM brand_metadata WHERE tenant = :tenant AND confidence < :below",
                q -> q.bind("below", below.value()), "confidence", "brand_id", BrandRows.summary(),
                s -> s.confidence().value().toPlainString() + "|" + s.brandId().value(),
                (q, after) -> q.bind("after_1", new java.math.BigDecimal(after[0])).bind("after_2",
                        Long.parseLong(after[1])));
    }

    @Override
    public Either<Problem, Page<Feedback>> feedback(TenantId tenant, FeedbackCategory category, LocalDate from,
                                                   LocalDate to, PageRequest page) {
        return KeysetQuery.page(this, cursors, tenant, "brands.feedback|" + category + "|" + from + "|" + to, page,
                "SELECT * FROM brand_feedback WHERE tenant = :tenant AND category = :category"
                        + " AND submitted_at >= :from AND submitted_at < :to",
                q -> q.bind("category", category.name()).bind("from", start(from)).bind("to", start(to.plusDays(1))),
                "submitted_at", "feedback_id", BrandRows.feedback(tenant),
                f -> f.submittedAt() + "|" + f.id().value(), KeysetQuery::timeThenText);
    }

    @Override
    public Either<Problem, Page<Escalation>> openEscalations(TenantId tenant, PageRequest page) {
        return KeysetQuery.page(this, cursors, tenant, "brands.openEscalations", page,
                "SELECT * FROM brand_escalations WHERE tenant = :tenant AND status = 'OPEN'", q -> q,
                "escalated_at", "escalation_id", BrandRows.escalation(tenant),
                e -> e.escalatedAt() + "|" + e.id().value(), KeysetQuery::timeThenText);
    }

    @Override
    public Either<Problem, Page<WorkflowExecution>> executions(TenantId tenant, ExecutionStatus status,
                                                              LocalDate from, LocalDate to, PageRequest page) {
        return KeysetQuery.page(this, cursors, tenant, "brands.executions|" + status + "|" + from + "|" + to, page,
                "SELECT * FROM brand_executions WHERE tenant = :tenant AND status = :status"
                        + " AND started_at >= :from AND started_at < :to",
                q -> q.bind("status", status.name()).bind("from", start(from)).bind("to", start(to.plusDays(1))),
                "started_at", "execution_id", BrandRows.execution(tenant),
                e -> e.startedAt() + "|" + e.id().value(), KeysetQuery::timeThenText);
    }

    <T> Either<Problem, T> read(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        return inTransaction(what, work);
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Either<Problem, Boolean> sameTenant(TenantId given, TenantId carried, Option<Escalation> opened) {
        boolean same = given.equals(carried) && opened.forAll(e -> e.tenant().equals(given));
        return same ? Either.right(true)
                : Either.left(Problem.Invalid.of("tenant", carried, "must be the tenant the store is asked for ("
                        + given + ")"));
    }
}
