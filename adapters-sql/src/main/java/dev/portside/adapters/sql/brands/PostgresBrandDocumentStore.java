package dev.portside.adapters.sql.brands;

import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.RevisionedWrites;
import dev.portside.domain.brands.BrandDocumentStore;
import dev.portside.domain.brands.BrandId;
import dev.portside.domain.brands.BrandMetadata;
import dev.portside.domain.brands.Escalation;
import dev.portside.domain.brands.EscalationId;
import dev.portside.domain.brands.ExecutionArn;
import dev.portside.domain.brands.ExecutionId;
import dev.portside.domain.brands.Feedback;
import dev.portside.domain.brands.FeedbackId;
import dev.portside.domain.brands.WorkflowExecution;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Brand documents in PostgreSQL (schema in {@code db/brands}): creates insert with {@code ON CONFLICT DO NOTHING},
 * saves update {@code WHERE revision = ?}, and a metadata write and the escalation it opens share one transaction.
 */
public final class PostgresBrandDocumentStore implements BrandDocumentStore {

    private static final RevisionedWrites METADATA = RevisionedWrites.on("brand metadata", MetadataRows.TABLE,
            MetadataRows.COLUMNS);
    private static final RevisionedWrites EXECUTIONS = RevisionedWrites.on("execution", ExecutionRows.TABLE,
            ExecutionRows.COLUMNS);
    private static final RevisionedWrites ESCALATIONS = RevisionedWrites.on("escalation", EscalationRows.TABLE,
            EscalationRows.COLUMNS);

    private final Guard guard;

    public PostgresBrandDocumentStore(Jdbi jdbi) {
        this.guard = Guard.postgres(jdbi);
    }

    @Override
    public Either<Problem, BrandMetadata> createMetadata(BrandMetadata document, Option<Escalation> opened) {
        BrandMetadata first = document.withRevision(Revision.INITIAL);
        return sameTenant(document, opened).flatMap(ok -> guard.transaction("create brand metadata", h ->
                open(h, opened).flatMap(e -> METADATA.insert(h, "brand " + document.brandId(),
                        q -> MetadataRows.bind(q, first))).map(r -> first)));
    }

    @Override
    public Either<Problem, BrandMetadata> saveMetadata(BrandMetadata document, Option<Escalation> opened) {
        BrandMetadata next = document.withRevision(document.revision().next());
        return sameTenant(document, opened).flatMap(ok -> guard.transaction("save brand metadata", h ->
                METADATA.update(h, "brand " + document.brandId(), document.revision(),
                        q -> MetadataRows.bind(q, next)).flatMap(r -> open(h, opened)).map(e -> next)));
    }

    private static Either<Problem, Option<Revision>> open(Handle h, Option<Escalation> opened) {
        if (opened.isEmpty()) {
            return Either.right(Option.none());
        }
        Escalation e = opened.get().withRevision(Revision.INITIAL);
        return ESCALATIONS.insert(h, e.id().value(),
                q -> EscalationRows.bind(q, e)).map(Option::some);
    }

    @Override
    public Either<Problem, Option<BrandMetadata>> metadata(TenantId tenant, BrandId brandId) {
        return find("read brand metadata", MetadataRows.TABLE, "brand_id", tenant, brandId.value(),
                MetadataRows.metadata(tenant));
    }

    @Override
    public Either<Problem, Feedback> createFeedback(Feedback f) {
        return guard.handle("create feedback", h -> bindInsert(h, f) == 1 ? Either.right(f)
                : Either.left(new Problem.AlreadyExists("feedback", f.id().value())));
    }

    private static int bindInsert(Handle h, Feedback f) {
        return FeedbackRows.bind(h.createUpdate("INSERT INTO " + FeedbackRows.TABLE + " ("
                + FeedbackRows.COLUMNS.names() + ") VALUES (" + FeedbackRows.COLUMNS.parameters()
                + ") ON CONFLICT DO NOTHING"), f).execute();
    }

    @Override
    public Either<Problem, Option<Feedback>> feedback(TenantId tenant, FeedbackId id) {
        return find("read feedback", FeedbackRows.TABLE, "feedback_id", tenant, id.value(),
                FeedbackRows.feedback(tenant));
    }

    @Override
    public Either<Problem, WorkflowExecution> createExecution(WorkflowExecution document) {
        WorkflowExecution e = document.withRevision(Revision.INITIAL);
        return guard.handle("create execution", h -> {
            Either<Problem, Revision> inserted = EXECUTIONS.insert(h, e.id().value(), q -> ExecutionRows.bind(q, e));
            return inserted.isLeft() && inserted.getLeft() instanceof Problem.AlreadyExists && e.arn().isDefined()
                    ? arnTaken(h, e) : inserted.map(r -> e);
        });
    }

    /** After a refused insert: AlreadyExists by ARN when the id is free and the ARN's unique index refused it. */
    private static Either<Problem, WorkflowExecution> arnTaken(Handle h, WorkflowExecution e) {
        boolean idTaken = h.createQuery("SELECT count(*) FROM " + ExecutionRows.TABLE
                + " WHERE tenant = :tenant AND execution_id = :id").bind("tenant", e.tenant().value())
                .bind("id", e.id().value()).mapTo(Long.class).one() > 0;
        return Either.left(new Problem.AlreadyExists("execution", idTaken ? e.id().value() : e.arn().get()));
    }

    @Override
    public Either<Problem, Option<WorkflowExecution>> executionByArn(TenantId tenant, ExecutionArn arn) {
        return find("read execution by arn", ExecutionRows.TABLE, "execution_arn", tenant, arn.value(),
                ExecutionRows.execution(tenant));
    }

    @Override
    public Either<Problem, WorkflowExecution> saveExecution(WorkflowExecution document) {
        WorkflowExecution next = document.withRevision(document.revision().next());
        return save("save execution", EXECUTIONS, document.id().value(), document.revision(),
                q -> ExecutionRows.bind(q, next)).map(r -> next);
    }

    @Override
    public Either<Problem, Option<WorkflowExecution>> execution(TenantId tenant, ExecutionId id) {
        return find("read execution", ExecutionRows.TABLE, "execution_id", tenant, id.value(),
                ExecutionRows.execution(tenant));
    }

    @Override
    public Either<Problem, Escalation> createEscalation(Escalation document) {
        Escalation first = document.withRevision(Revision.INITIAL);
        return guard.handle("create escalation", h -> ESCALATIONS.insert(h, first.id().value(),
                q -> EscalationRows.bind(q, first)).map(r -> first));
    }

    @Override
    public Either<Problem, Escalation> saveEscalation(Escalation document) {
        Escalation next = document.withRevision(document.revision().next());
        return save("save escalation", ESCALATIONS, document.id().value(), document.revision(),
                q -> EscalationRows.bind(q, next)).map(r -> next);
    }

    @Override
    public Either<Problem, Option<Escalation>> escalation(TenantId tenant, EscalationId id) {
        return find("read escalation", EscalationRows.TABLE, "escalation_id", tenant, id.value(),
                EscalationRows.escalation(tenant));
    }

    private Either<Problem, Revision> save(String operation, RevisionedWrites writes, String id, Revision expected,
                                           UnaryOperator<Query> bind) {
        return guard.handle(operation, h -> writes.update(h, id, expected, bind));
    }

    private <T> Either<Problem, Option<T>> find(String operation, String table, String column, TenantId tenant,
                                                Object id, RowMapper<T> mapper) {
        return guard.read(operation, h -> Option.ofOptional(h.createQuery("SELECT * FROM " + table
                + " WHERE tenant = :tenant AND " + column + " = :id").bind("tenant", tenant.value()).bind("id", id)
                .map(mapper).findOne()));
    }

    private static Either<Problem, Boolean> sameTenant(BrandMetadata document, Option<Escalation> opened) {
        return opened.forAll(e -> e.tenant().equals(document.tenant())) ? Either.right(true)
                : Either.left(Problem.Invalid.of("tenant", opened.get().tenant(), "must be the tenant of the brand's"
                        + " metadata (" + document.tenant() + ")"));
    }
}
