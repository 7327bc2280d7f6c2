package dev.portside.adapters.s3.records;

import dev.portside.adapters.s3.support.Guard;
import dev.portside.adapters.s3.support.S3Objects;
import dev.portside.domain.kernel.CursorCodec;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The archive on S3 with Object Lock: each record is one JSON object at
 * {@code records/<tenant>/<yyyy>/<mm>/<dd>/<id>.json}, locked in COMPLIANCE mode until retain-until
 * (SSE-KMS when a key is set), plus a locked pointer {@code records/<tenant>/ids/<id>} naming it and its
 * content hash, written first: the pointer decides which content an id has. Both are written once ({@code If-None-Match: *}; where a versioned bucket lets a second put through,
 * the first version is the one that counts). A re-wrapped data key lives at {@code records/<tenant>/keys/<id>}.
 * The server enforces WORM; this adapter also checks the rules first and maps refusals to problems.
 */
public final class S3RecordArchive implements RecordArchive {

    private final S3Objects objects;
    private final S3ArchiveSettings settings;
    private final CursorCodec cursors;

    public S3RecordArchive(S3Client s3, S3ArchiveSettings settings, CursorCodec cursors) {
        this.objects = new S3Objects(s3, settings.bucket());
        this.settings = settings;
        this.cursors = cursors;
    }

    static String dayPrefix(TenantId tenant, LocalDate day) {
        return "records/" + tenant.value() + "/" + String.format("%04d/%02d/%02d/", day.getYear(), day.getMonthValue(),
                day.getDayOfMonth());
    }

    static String dataKey(SealedRecord record) {
        return dayPrefix(record.tenant(), LocalDate.ofInstant(record.timestamp(), ZoneOffset.UTC)) + record.id().value() + ".json";
    }

    static String pointerKey(TenantId tenant, RecordId id) {
        return "records/" + tenant.value() + "/ids/" + id.value();
    }

    static String rewrapKey(TenantId tenant, RecordId id) {
        return "records/" + tenant.value() + "/keys/" + id.value();
    }

    private S3Client s3() {
        return objects.client();
    }

    @Override
    public Either<Problem, ArchivedRecord> put(SealedRecord record, Instant retainUntil) {
        if (!retainUntil.isAfter(Instant.now())) {
            return Either.left(Problem.Invalid.of("retainUntil", retainUntil, "must be in the future"));
        }
        byte[] pointer = (dataKey(record) + "\n" + record.contentHash().hex()).getBytes(StandardCharsets.UTF_8);
        return objects.createOnce(pointerKey(record.tenant(), record.id()), pointer,
                        locked(retainUntil, "text/plain", pointer))
                .flatMap(created -> created ? writeData(record, retainUntil) : putOverExisting(record, retainUntil));
    }

    /**
     * The id was taken (or a reply lost): the pointer names the record's document and content hash, so the
     * same record is success (its document written now if its writer stopped before), another a Conflict.
     */
    private Either<Problem, ArchivedRecord> putOverExisting(SealedRecord record, Instant retainUntil) {
        return pointed(record.tenant(), record.id()).flatMap(pointer -> {
            if (pointer.isEmpty()) {
                return Either.left(unreadable(record.id()));
            }
            if (pointer.get().hash().exists(hash -> !hash.equals(record.contentHash().hex()))) {
                return Either.left(hashConflict(record));
            }
            return fetch(pointer.get().key()).flatMap(existing -> {
                if (existing.isDefined()) {
                    return existing.get().sealed().contentHash().equals(record.contentHash())
                            ? Either.right(existing.get()) : Either.left(hashConflict(record));
                }
                return pointer.get().key().equals(dataKey(record)) && pointer.get().hash().isDefined()
                        ? writeData(record, retainUntil) : Either.left(hashConflict(record));
            });
        });
    }

    /** What an id's pointer holds: the key of the record's document and (since it is written) its content hash. */
    private record Pointer(String key, Option<String> hash) {

        static Pointer parse(byte[] body) {
            String[] lines = new String(body, StandardCharsets.UTF_8).split("\n", 2);
            return new Pointer(lines[0], lines.length > 1 ? Option.some(lines[1].strip()) : Option.none());
        }
    }

    /** Writes the record document once; a document already there (a retry, a racing twin) is read back. */
    private Either<Problem, ArchivedRecord> writeData(SealedRecord record, Instant retainUntil) {
        String key = dataKey(record);
        byte[] body = SealedRecordJson.write(record);
        return objects.createOnce(key, body, locked(retainUntil, "application/json", body))
                .flatMap(created -> created ? Either.right(new ArchivedRecord(record, new Retention(retainUntil, false)))
                        : fetch(key).flatMap(found -> found.isDefined()
                                ? (found.get().sealed().contentHash().equals(record.contentHash())
                                        ? Either.right(found.get()) : Either.left(hashConflict(record)))
                                : Either.left(unreadable(record.id()))));
    }

    private static Problem hashConflict(SealedRecord record) {
        return new Problem.Conflict("record (different content hash)", record.id().value(), Revision.INITIAL,
                Revision.INITIAL);
    }

    private static Problem unreadable(RecordId id) {
        return new Problem.Unavailable(Guard.S3.backend(), true, "GetObject: record " + id.value()
                + " is taken but cannot be read back yet");
    }

    /** A put of {@code body} locked in COMPLIANCE mode until {@code retainUntil} (Object Lock wants its MD5). */
    private Consumer<PutObjectRequest.Builder> locked(Instant retainUntil, String contentType, byte[] body) {
        return request -> {
            request.contentType(contentType).contentMD5(md5(body)).objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
            settings.sseKmsKeyId().ifPresent(k -> request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(k));
        };
    }

    @Override
    public Either<Problem, Option<ArchivedRecord>> get(TenantId tenant, RecordId id) {
        return pointed(tenant, id).flatMap(pointer -> pointer.isEmpty() ? Either.right(Option.none())
                : fetch(pointer.get().key()));
    }

    /** The id's pointer as first written, whatever a losing writer put after it. */
    private Either<Problem, Option<Pointer>> pointed(TenantId tenant, RecordId id) {
        return objects.first(pointerKey(tenant, id)).map(found -> found.map(p -> Pointer.parse(p.body())));
    }

    private Either<Problem, Option<ArchivedRecord>> fetch(String key) {
        return objects.get(key).flatMap(found -> {
            if (found.isEmpty()) {
                return Either.right(Option.none());
            }
            Either<Problem, SealedRecord> sealed = SealedRecordJson.read(found.get().body())
                    .mapLeft(reason -> new Problem.Unavailable(Guard.S3.backend(), false,
                            "GetObject: archived object " + key + " is not a record document (" + reason + ")"));
            return sealed.flatMap(this::withRewrap).flatMap(record -> retention(key, found.get().response())
                    .map(retention -> Option.some(new ArchivedRecord(record, retention))));
        });
    }

    /** The record with its data key as last re-wrapped, when it has been. */
    private Either<Problem, SealedRecord> withRewrap(SealedRecord record) {
        return objects.get(rewrapKey(record.tenant(), record.id())).flatMap(found -> found.isEmpty()
                ? Either.right(record)
                : SealedRecordJson.readWrapping(found.get().body(), record.envelope())
                        .<Problem>mapLeft(reason -> new Problem.Unavailable(Guard.S3.backend(), false, "GetObject: the"
                                + " re-wrapped key of record " + record.id() + " is unreadable (" + reason + ")"))
                        .map(record::withEnvelope));
    }

    private Either<Problem, Retention> retention(String key, GetObjectResponse response) {
        Either<Problem, Instant> until = response.objectLockRetainUntilDate() != null
                ? Either.right(response.objectLockRetainUntilDate())
                : Guard.S3.call("GetObjectRetention", () -> s3().getObjectRetention(b -> b.bucket(settings.bucket())
                        .key(key).versionId(response.versionId())).retention().retainUntilDate());
        Either<Problem, ObjectLockLegalHoldStatus> hold = response.objectLockLegalHoldStatus() != null
                ? Either.right(response.objectLockLegalHoldStatus())
                : Guard.S3.call("GetObjectLegalHold", () -> s3().getObjectLegalHold(b -> b.bucket(settings.bucket())
                        .key(key).versionId(response.versionId())).legalHold().status(), refusal -> refusal.status() == 404
                        && refusal.is("NoSuchObjectLockConfiguration", "ObjectLockConfigurationNotFoundError")
                        ? Option.some(Either.right(ObjectLockLegalHoldStatus.OFF)) : Option.none());
        return until.flatMap(u -> hold.map(h -> new Retention(u, h == ObjectLockLegalHoldStatus.ON)));
    }

    @Override
    public Either<Problem, Page<RecordRef>> list(TenantId tenant, LocalDate day, PageRequest page) {
        String query = "records.archive.list|" + day;
        return cursors.resume(page, tenant, query).flatMap(position -> Guard.S3.call("ListObjectsV2", () -> {
            String prefix = dayPrefix(tenant, day);
            List<RecordRef> refs = new ArrayList<>();
            String startAfter = position.map(p -> prefix + p + ".json").getOrNull();
            String token = null;
            do {
                String continuation = token;
                var response = s3().listObjectsV2(b -> b.bucket(settings.bucket()).prefix(prefix)
                        .maxKeys(Math.min(1000, page.limit() + 1 - refs.size()))
                        .startAfter(continuation == null ? startAfter : null).continuationToken(continuation));
                for (S3Object object : response.contents()) {
                    String name = object.key().substring(prefix.length());
                    if (name.endsWith(".json") && !name.contains("/")) {
                        refs.add(new RecordRef(new RecordId(name.substring(0, name.length() - 5)), day));
                    }
                }
                token = Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null;
            } while (token != null && refs.size() <= page.limit());
            return cursors.page(refs.subList(0, Math.min(refs.size(), page.limit() + 1)), page, tenant, query,
                    ref -> ref.id().value());
        }));
    }

    @Override
    public Either<Problem, Retention> extendRetention(TenantId tenant, RecordId id, Instant until) {
        return existing(tenant, id).flatMap(found -> {
            if (!found.retention().canExtendTo(until)) {
                return Either.left(new Problem.Rejected("worm-retention",
                        "retention of record " + id + " can only be extended, not shortened to " + until));
            }
            Retention extended = found.retention().extendedTo(until);
            for (String key : keysOf(found.sealed())) {
                boolean mayBeAbsent = key.equals(rewrapKey(tenant, id));
                // The record is the first version of each key: a later version (a second writer's put that a
                // server let through, refused as a Conflict) keeps its own retention and is left alone.
                Either<Problem, Retention> step = objects.firstVersion(key).flatMap(first -> Guard.S3.call(
                        "PutObjectRetention", () -> {
                            s3().putObjectRetention(b -> {
                                b.bucket(settings.bucket()).key(key).retention(r -> r
                                        .mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(until));
                                first.forEach(b::versionId);
                            });
                            return extended;
                        }, refusal -> mayBeAbsent && refusal.status() == 404 ? Option.some(Either.right(extended))
                                : retentionRefused(refusal)));
                if (step.isLeft()) {
                    return step;
                }
            }
            return Either.right(extended);
        });
    }

    @Override
    public Either<Problem, Retention> legalHold(TenantId tenant, RecordId id, boolean hold) {
        return existing(tenant, id).flatMap(found -> objects.firstVersion(dataKey(found.sealed())).flatMap(first ->
                Guard.S3.call("PutObjectLegalHold", () -> {
                    s3().putObjectLegalHold(b -> {
                        b.bucket(settings.bucket()).key(dataKey(found.sealed())).legalHold(h -> h.status(hold
                                ? ObjectLockLegalHoldStatus.ON : ObjectLockLegalHoldStatus.OFF));
                        first.forEach(b::versionId);
                    });
                    return found.retention().withLegalHold(hold);
                })));
    }

    /**
     * Stores the re-wrapped data key next to the record, locked as long as the record; the record document
     * itself (its first version) never changes.
     */
    @Override
    public Either<Problem, ArchivedRecord> rewrap(TenantId tenant, RecordId id, Envelope rewrapped) {
        return existing(tenant, id).flatMap(found -> {
            if (!found.sealed().envelope().sameContentAs(rewrapped)) {
                return Either.left(RecordArchive.notARewrap(id));
            }
            byte[] body = SealedRecordJson.writeWrapping(rewrapped);
            return Guard.S3.call("PutObject", () -> {
                PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(settings.bucket())
                        .key(rewrapKey(tenant, id));
                locked(found.retention().retainUntil(), "application/json", body).accept(request);
                s3().putObject(request.build(), RequestBody.fromBytes(body));
                return new ArchivedRecord(found.sealed().withEnvelope(rewrapped), found.retention());
            });
        });
    }

    @Override
    public Either<Problem, RecordId> delete(TenantId tenant, RecordId id) {
        return existing(tenant, id).flatMap(found -> {
            if (!found.retention().allowsDeletionAt(Instant.now())) {
                return Either.left(new Problem.Rejected("worm-retention", "record " + id + " is locked until "
                        + found.retention().retainUntil() + (found.retention().legalHold() ? " and under legal hold" : "")));
            }
            return Guard.S3.call("DeleteObject", () -> {
                keysOf(found.sealed()).forEach(this::deleteAllVersions);
                return id;
            }, S3RecordArchive::retentionRefused);
        });
    }

    /** The record document, its pointer and its re-wrapped key, in the order they are changed or deleted. */
    private static List<String> keysOf(SealedRecord record) {
        return List.of(dataKey(record), rewrapKey(record.tenant(), record.id()), pointerKey(record.tenant(), record.id()));
    }

    /**
     * A 403 naming Object Lock (a locked version, a retention or hold that forbids the change) is the archive's
     * WORM refusal; any other 403 (credentials, bucket policy, KMS grants) stays an Unavailable.
     */
    private static <T> Option<Either<Problem, T>> retentionRefused(Guard.Refusal refusal) {
        String text = (refusal.code() + " " + refusal.message()).toLowerCase(Locale.ROOT);
        boolean lock = refusal.status() == 403 && (text.contains("object lock") || text.contains("objectlock")
                || text.contains("retention") || text.contains("legal hold") || text.contains("worm"));
        return lock ? Option.some(Either.left(new Problem.Rejected("worm-retention", "the archive refused: "
                + refusal.code() + (refusal.message().isEmpty() ? "" : " " + refusal.message())))) : Option.none();
    }

    private void deleteAllVersions(String key) {
        s3().listObjectVersionsPaginator(b -> b.bucket(settings.bucket()).prefix(key)).versions().stream()
                .filter(v -> v.key().equals(key))
                .forEach(v -> s3().deleteObject(b -> b.bucket(settings.bucket()).key(key).versionId(v.versionId())));
    }

    private Either<Problem, ArchivedRecord> existing(TenantId tenant, RecordId id) {
        return get(tenant, id).flatMap(found -> found.isEmpty()
                ? Either.left(new Problem.NotFound("record", id.value())) : Either.right(found.get()));
    }

    private static String md5(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
