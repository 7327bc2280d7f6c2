package dev.portside.adapters.s3.brands;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.adapters.s3.support.RevisionedWrites;
import dev.portside.adapters.s3.support.S3Objects;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Brand documents as JSON objects in S3 ({@link BrandS3Layout}). Creates use {@code If-None-Match: *},
 * saves read the stored revision and replace with {@code If-Match} on its ETag, so a stale or racing
 * write is a {@code Conflict}. Metadata and the escalation it opens are written escalation first,
 * then metadata, then (optionally) confirmed visible to Athena; a failed step is compensated by
 * {@link DualWrite}, which says exactly what failed and what, if anything, remains.
 */
public final class S3BrandDocumentStore implements BrandDocumentStore {

    private final S3Objects objects;
    private final RevisionedWrites writes;
    private final BrandS3Layout layout;
    private final DocumentVisibility visibility;
    private final Clock clock;
    private final Duration pointerGrace;

    /**
     * How long a pointer from an execution ARN to an execution that is not stored yet is taken to belong to a
     * start still in flight: far above the few S3 calls (each with its deadline) between the two writes.
     */
    public static final Duration POINTER_GRACE = Duration.ofMinutes(2);

    public S3BrandDocumentStore(S3Client s3, BrandS3Layout layout, DocumentVisibility visibility) {
        this(s3, layout, visibility, Clock.systemUTC(), POINTER_GRACE);
    }

    public S3BrandDocumentStore(S3Client s3, BrandS3Layout layout, DocumentVisibility visibility, Clock clock,
                                Duration pointerGrace) {
        this.clock = clock;
        this.pointerGrace = pointerGrace;
        this.objects = new S3Objects(s3, layout.bucket());
        this.writes = new RevisionedWrites(objects);
        this.layout = layout;
        this.visibility = visibility;
    }

    @Override
    public Either<Problem, BrandMetadata> createMetadata(BrandMetadata document,
                                                       Option<Escalation> opened) {
        TenantId tenant = document.tenant();
        BrandMetadata first = document.withRevision(Revision.INITIAL);
        return checkTenant(tenant, opened).flatMap(ok -> {
            DualWrite write = new DualWrite("store metadata of brand " + document.brandId());
            return openEscalation(write, tenant, opened).flatMap(none -> {
                String key = layout.metadata(tenant, document.brandId());
                var put = writes.create("brand metadata", "brand " + document.brandId(), key,
                        BrandJson.metadata(first));
                if (put.isLeft()) {
                    return write.fail("put metadata", layout.url(key), put.getLeft());
                }
                write.undoWith("deleted", layout.url(key), () -> objects.delete(key));
                return confirm(write, tenant, document.brandId(), opened, key).map(v -> first);
            });
        });
    }

    @Override
    public Either<Problem, BrandMetadata> saveMetadata(BrandMetadata document,
                                                     Option<Escalation> opened) {
        TenantId tenant = document.tenant();
        String key = layout.metadata(tenant, document.brandId());
        RevisionedWrites.Document stored = new RevisionedWrites.Document("brand metadata",
                "brand " + document.brandId(), key, revision(key, b -> BrandJson.metadata(tenant, b).revision()));
        BrandMetadata next = document.withRevision(document.revision().next());
        return checkTenant(tenant, opened).flatMap(ok -> writes.current(stored, document.revision()))
                .flatMap(current -> {
                    DualWrite write = new DualWrite("store metadata of brand " + document.brandId());
                    return openEscalation(write, tenant, opened)
                            .flatMap(none -> replace(write, "put metadata", stored, current, document.revision(),
                                    BrandJson.metadata(next)))
                            .flatMap(none -> confirm(write, tenant, document.brandId(), opened, key)).map(v -> next);
                });
    }

    private Either<Problem, Boolean> openEscalation(DualWrite write, TenantId tenant, Option<Escalation> opened) {
        if (opened.isEmpty()) {
            return Either.right(true);
        }
        Escalation escalation = opened.get().withRevision(Revision.INITIAL);
        String key = layout.escalation(tenant, escalation.id());
        var put = writes.create("escalation", escalation.id().value(), key, BrandJson.escalation(escalation));
        if (put.isLeft()) {
            return write.fail("put escalation", layout.url(key), put.getLeft());
        }
        write.undoWith("deleted", layout.url(key), () -> objects.delete(key));
        return Either.right(true);
    }

    private Either<Problem, Boolean> confirm(DualWrite write, TenantId tenant, BrandId brand,
                                             Option<Escalation> opened, String key) {
        if (opened.isDefined()) {
            var seen = visibility.confirm(tenant, BrandS3Layout.ESCALATIONS, opened.get().id().value());
            if (seen.isLeft()) {
                return write.fail("athena visibility check of the escalation",
                        layout.url(layout.escalation(tenant, opened.get().id())), seen.getLeft());
            }
        }
        var seen = visibility.confirm(tenant, BrandS3Layout.METADATA, String.valueOf(brand.value()));
        return seen.isLeft() ? write.fail("athena visibility check of the metadata", layout.url(key), seen.getLeft())
                : Either.right(true);
    }

    @Override
    public Either<Problem, Option<BrandMetadata>> metadata(TenantId tenant, BrandId brandId) {
        return read(layout.metadata(tenant, brandId), b -> BrandJson.metadata(tenant, b));
    }

    @Override
    public Either<Problem, Feedback> createFeedback(Feedback document) {
        TenantId tenant = document.tenant();
        return createOne(tenant, "feedback", BrandS3Layout.FEEDBACK, document.id().value(),
                layout.feedback(tenant, document.id()), BrandJson.feedback(document)).map(v -> document);
    }

    @Override
    public Either<Problem, Option<Feedback>> feedback(TenantId tenant, FeedbackId id) {
        return read(layout.feedback(tenant, id), b -> BrandJson.feedback(tenant, b));
    }

    /**
     * Writes the ARN's pointer first ({@code If-None-Match}), then the execution, then reads the pointer again: the
     * start succeeds only if the pointer still names its execution, else its execution is deleted again and the
     * start is {@code AlreadyExists}. A failed step deletes the pointer again if it is still the one this start
     * wrote. A pointer already naming this execution is a retry's and is kept. A pointer naming another execution
     * that is stored with the ARN is {@code AlreadyExists}; one naming an execution not (yet) stored belongs to a
     * start still in flight for {@link #POINTER_GRACE} after it was written, so a start meeting it answers a
     * retriable {@code Unavailable}; after that it was left by an interrupted write and is taken over with
     * {@code If-Match} on its ETag, then the execution it named is looked up once more: when it appeared meanwhile,
     * its pointer is put back and the start is {@code AlreadyExists}. The grace period keeps starts in flight
     * undisturbed; the two re-reads keep an ARN naming at most one execution when a start is stalled past it: of two
     * starts that both wrote the pointer, the one whose pointer was replaced sees it and withdraws.
     */
    @Override
    public Either<Problem, WorkflowExecution> createExecution(WorkflowExecution document) {
        TenantId tenant = document.tenant();
        WorkflowExecution first = document.withRevision(Revision.INITIAL);
        DualWrite write = new DualWrite("store execution " + document.id());
        Either<Problem, Boolean> pointed = document.arn().isEmpty() ? Either.right(true)
                : point(write, tenant, document.arn().get(), document.id());
        return pointed.flatMap(ok -> createOne(write, tenant, "execution", BrandS3Layout.EXECUTIONS,
                document.id().value(), layout.execution(tenant, document.id()), BrandJson.execution(first)))
                .flatMap(ok -> document.arn().isEmpty() ? Either.right(true)
                        : stillPointed(write, tenant, document.arn().get(), document.id()))
                .map(v -> first);
    }

    /** How many times a start re-reads a pointer another start replaced while this one was taking it over. */
    private static final int CLAIMS = 2;

    private Either<Problem, Boolean> point(DualWrite write, TenantId tenant, String arn, ExecutionId id) {
        String key = layout.executionArn(tenant, arn);
        byte[] body = BrandJson.arnPointer(arn, id, clock.instant());
        var put = writes.create("execution", arn, key, body);
        if (put.isRight()) {
            String etag = put.get();
            write.undoWith("deleted", layout.url(key), () -> deleteIfStill(key, etag));
            return Either.right(true);
        }
        if (!(put.getLeft() instanceof Problem.AlreadyExists)) {
            return write.fail("put execution arn pointer", layout.url(key), put.getLeft());
        }
        return claim(write, tenant, key, arn, id, body, CLAIMS);
    }

    /** A pointer exists: keep it (a retry's), refuse (a stored execution's or one in flight), or take it over. */
    private Either<Problem, Boolean> claim(DualWrite write, TenantId tenant, String key, String arn, ExecutionId id,
                                           byte[] body, int attempts) {
        return objects.get(key).flatMap(found -> {
            if (found.isEmpty()) {
                return Either.left(inFlight(arn, "its pointer was deleted while this execution was written"));
            }
            S3Objects.Stored pointer = found.get();
            return parse(key, pointer.body(), BrandJson::arnPointer).flatMap(owner -> {
                if (owner.execution().equals(id)) {
                    return Either.right(true);
                }
                return execution(tenant, owner.execution()).flatMap(existing -> {
                    if (existing.exists(e -> e.arn().contains(arn))) {
                        return Either.left(new Problem.AlreadyExists("execution", arn));
                    }
                    Instant since = owner.pointedAt().getOrElse(() -> pointer.response().lastModified());
                    if (since == null || clock.instant().isBefore(since.plus(pointerGrace))) {
                        return Either.left(inFlight(arn, "another start is recording it"));
                    }
                    return takeOver(write, tenant, key, arn, id, body, pointer, owner.execution(), attempts);
                });
            });
        });
    }

    private Either<Problem, Boolean> takeOver(DualWrite write, TenantId tenant, String key, String arn, ExecutionId id,
                                              byte[] body, S3Objects.Stored dangling, ExecutionId previous,
                                              int attempts) {
        String writeId = UUID.randomUUID().toString();
        return objects.replace(key, body, dangling.etag(), writeId)
                .flatMap(etag -> etag.isDefined() ? Either.right(etag)
                        : objects.get(key).map(now -> now.filter(p -> p.writeId().contains(writeId))
                                .map(S3Objects.Stored::etag)))
                .flatMap(etag -> {
                    if (etag.isEmpty()) {
                        return attempts > 1 ? claim(write, tenant, key, arn, id, body, attempts - 1)
                                : Either.left(inFlight(arn, "another start took its pointer over first"));
                    }
                    write.undoWith("restored the previous pointer", layout.url(key),
                            () -> unlessReplaced(key, etag.get(), () -> writes.restore(key, dangling.body(), etag.get())));
                    var late = execution(tenant, previous);
                    if (late.isLeft()) {
                        return write.fail("take over execution arn pointer", layout.url(key), late.getLeft());
                    }
                    return late.get().exists(e -> e.arn().contains(arn))
                            ? write.fail("take over execution arn pointer", layout.url(key),
                                    new Problem.AlreadyExists("execution", arn))
                            : Either.right(true);
                });
    }

    /** After the execution is written: the pointer must still name it, else another start took the ARN over. */
    private Either<Problem, Boolean> stillPointed(DualWrite write, TenantId tenant, String arn, ExecutionId id) {
        String key = layout.executionArn(tenant, arn);
        var pointer = read(key, BrandJson::pointedExecution);
        if (pointer.isLeft()) {
            return write.fail("check execution arn pointer", layout.url(key), pointer.getLeft());
        }
        return pointer.get().contains(id) ? Either.right(true)
                : write.fail("check execution arn pointer", layout.url(key), new Problem.AlreadyExists("execution", arn));
    }

    /** Deletes {@code key} if it still has {@code etag}, the write this start made; another start's is left alone. */
    private Either<Problem, Boolean> deleteIfStill(String key, String etag) {
        return unlessReplaced(key, etag, () -> objects.delete(key));
    }

    /**
     * Undoes this start's write of {@code key} while the object still has {@code etag}; once another start has
     * replaced it, nothing of this start's is left there to undo.
     */
    private Either<Problem, Boolean> unlessReplaced(String key, String etag,
                                                    java.util.function.Supplier<Either<Problem, Boolean>> undo) {
        return objects.get(key).flatMap(now -> now.isDefined() && bare(now.get().etag()).equals(bare(etag))
                ? undo.get() : Either.right(true));
    }

    private static String bare(String etag) {
        return etag != null && etag.length() > 1 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : String.valueOf(etag);
    }

    private static Problem inFlight(String arn, String why) {
        return new Problem.Unavailable(Guard.S3.backend(), true, "execution arn " + arn
                + " is not recorded yet, " + why + "; try again");
    }

    @Override
    public Either<Problem, Option<WorkflowExecution>> executionByArn(TenantId tenant, ExecutionArn arn) {
        String key = layout.executionArn(tenant, arn.value());
        return read(key, BrandJson::pointedExecution).flatMap(id -> id.isEmpty() ? Either.right(Option.none())
                : execution(tenant, id.get()).map(found -> found.filter(e -> e.arn().contains(arn.value()))));
    }

    @Override
    public Either<Problem, WorkflowExecution> saveExecution(WorkflowExecution document) {
        TenantId tenant = document.tenant();
        WorkflowExecution next = document.withRevision(document.revision().next());
        return saveOne(tenant, "execution", BrandS3Layout.EXECUTIONS, document.id().value(),
                layout.execution(tenant, document.id()), document.revision(), BrandJson.execution(next),
                b -> BrandJson.execution(tenant, b).revision()).map(v -> next);
    }

    @Override
    public Either<Problem, Option<WorkflowExecution>> execution(TenantId tenant, ExecutionId id) {
        return read(layout.execution(tenant, id), b -> BrandJson.execution(tenant, b));
    }

    @Override
    public Either<Problem, Escalation> createEscalation(Escalation document) {
        TenantId tenant = document.tenant();
        Escalation first = document.withRevision(Revision.INITIAL);
        return createOne(tenant, "escalation", BrandS3Layout.ESCALATIONS, document.id().value(),
                layout.escalation(tenant, document.id()), BrandJson.escalation(first)).map(v -> first);
    }

    @Override
    public Either<Problem, Escalation> saveEscalation(Escalation document) {
        TenantId tenant = document.tenant();
        Escalation next = document.withRevision(document.revision().next());
        return saveOne(tenant, "escalation", BrandS3Layout.ESCALATIONS, document.id().value(),
                layout.escalation(tenant, document.id()), document.revision(), BrandJson.escalation(next),
                b -> BrandJson.escalation(tenant, b).revision()).map(v -> next);
    }

    @Override
    public Either<Problem, Option<Escalation>> escalation(TenantId tenant, EscalationId id) {
        return read(layout.escalation(tenant, id), b -> BrandJson.escalation(tenant, b));
    }

    private Either<Problem, Boolean> createOne(TenantId tenant, String kind, String table, String id, String key,
                                               byte[] body) {
        return createOne(new DualWrite("store " + kind + " " + id), tenant, kind, table, id, key, body);
    }

    private Either<Problem, Boolean> createOne(DualWrite write, TenantId tenant, String kind, String table, String id,
                                               String key, byte[] body) {
        var put = writes.create(kind, id, key, body);
        if (put.isLeft()) {
            return write.fail("put " + kind, layout.url(key), put.getLeft());
        }
        write.undoWith("deleted", layout.url(key), () -> objects.delete(key));
        var seen = visibility.confirm(tenant, table, id);
        return seen.isLeft() ? write.fail("athena visibility check", layout.url(key), seen.getLeft())
                : Either.right(true);
    }

    private Either<Problem, Boolean> saveOne(TenantId tenant, String kind, String table, String id, String key,
                                             Revision expected, byte[] body, Function<byte[], Revision> revisionOf) {
        RevisionedWrites.Document stored = new RevisionedWrites.Document(kind, id, key, revision(key, revisionOf));
        return writes.current(stored, expected).flatMap(current -> {
            DualWrite write = new DualWrite("store " + kind + " " + id);
            return replace(write, "put " + kind, stored, current, expected, body).flatMap(ok -> {
                var seen = visibility.confirm(tenant, table, id);
                return seen.isLeft() ? write.fail("athena visibility check", layout.url(key), seen.getLeft())
                        : Either.right(true);
            });
        });
    }

    private Either<Problem, Boolean> replace(DualWrite write, String step, RevisionedWrites.Document document,
                                             S3Objects.Stored current, Revision expected, byte[] body) {
        var put = writes.replace(document, current, expected, body);
        if (put.isLeft()) {
            return write.fail(step, layout.url(document.key()), put.getLeft());
        }
        write.undoWith("restored the previous revision of", layout.url(document.key()),
                () -> writes.restore(document.key(), current.body(), put.get()));
        return Either.right(true);
    }

    private Function<S3Objects.Stored, Either<Problem, Revision>> revision(String key,
                                                                         Function<byte[], Revision> revisionOf) {
        return stored -> parse(key, stored.body(), revisionOf);
    }

    private <T> Either<Problem, Option<T>> read(String key, Function<byte[], T> parser) {
        return objects.get(key).flatMap(found -> found.isEmpty() ? Either.right(Option.none())
                : parse(key, found.get().body(), parser).map(Option::some));
    }

    private <T> Either<Problem, T> parse(String key, byte[] body, Function<byte[], T> parser) {
        try {
            return Either.right(parser.apply(body));
        } catch (RuntimeException e) {
            return Either.left(new Problem.Unavailable(Guard.S3.backend(), false, "document " + layout.url(key)
                    + " is not a readable brand document: " + e.getClass().getSimpleName()));
        }
    }

    private static Either<Problem, Boolean> checkTenant(TenantId tenant, Option<Escalation> opened) {
        return opened.forAll(e -> e.tenant().equals(tenant)) ? Either.right(true)
                : Either.left(Problem.Invalid.of("tenant", opened.get().tenant(),
                        "must be the tenant the store is asked for (" + tenant + ")"));
    }
}
