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
 * (SSE-KMS when a key is set), plus a locked pointer {@code records/<tenant>/ids/<id>} naming it, written
 * first. The server enforces WORM; this adapter also checks the rules first and maps refusals to problems.
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

    private S3Client s3() {
        return objects.client();
    }

    @Override
    public Either<Problem, ArchivedRecord> put(SealedRecord record, Instant retainUntil) {
        if (!retainUntil.isAfter(Instant.now())) {
            return Either.left(Problem.Invalid.of("retainUntil", retainUntil, "must be in the future"));
        }
        return get(record.tenant(), record.id()).flatMap(existing -> {
            if (existing.isDefined()) {
                return existing.get().sealed().contentHash().equals(record.contentHash())
                        ? Either.right(existing.get())
                        : Either.left(new Problem.Conflict("record (different content hash)", record.id().value(),
                                Revision.INITIAL, Revision.INITIAL));
            }
            return Guard.S3.call("PutObject", () -> {
                String key = dataKey(record);
                putLocked(pointerKey(record.tenant(), record.id()), key.getBytes(StandardCharsets.UTF_8), retainUntil, "text/plain");
                putLocked(key, SealedRecordJson.write(record), retainUntil, "application/json");
                return new ArchivedRecord(record, new Retention(retainUntil, false));
            });
        });
    }

    private void putLocked(String key, byte[] body, Instant retainUntil, String contentType) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(settings.bucket()).key(key)
                .contentType(contentType).contentMD5(md5(body))
                .objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
        settings.sseKmsKeyId().ifPresent(k -> request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(k));
        s3().putObject(request.build(), RequestBody.fromBytes(body));
    }

    @Override
    public Either<Problem, Option<ArchivedRecord>> get(TenantId tenant, RecordId id) {
        return objects.get(pointerKey(tenant, id)).flatMap(pointer -> pointer.isEmpty() ? Either.right(Option.none())
                : fetch(new String(pointer.get().body(), StandardCharsets.UTF_8)));
    }

    private Either<Problem, Option<ArchivedRecord>> fetch(String key) {
        return objects.get(key).flatMap(found -> {
            if (found.isEmpty()) {
                return Either.right(Option.none());
            }
            Either<Problem, SealedRecord> sealed = SealedRecordJson.read(found.get().body())
                    .mapLeft(reason -> new Problem.Unavailable(Guard.S3.backend(), false,
                            "GetObject: archived object " + key + " is not a record document (" + reason + ")"));
            return sealed.flatMap(record -> retention(key, found.get().response())
                    .map(retention -> Option.some(new ArchivedRecord(record, retention))));
        });
    }

    private Either<Problem, Retention> retention(String key, GetObjectResponse response) {
        Either<Problem, Instant> until = response.objectLockRetainUntilDate() != null
                ? Either.right(response.objectLockRetainUntilDate())
                : Guard.S3.call("GetObjectRetention", () -> s3().getObjectRetention(b -> b.bucket(settings.bucket())
                        .key(key)).retention().retainUntilDate());
        Either<Problem, ObjectLockLegalHoldStatus> hold = response.objectLockLegalHoldStatus() != null
                ? Either.right(response.objectLockLegalHoldStatus())
                : Guard.S3.call("GetObjectLegalHold", () -> s3().getObjectLegalHold(b -> b.bucket(settings.bucket())
                        .key(key)).legalHold().status(), refusal -> refusal.status() < 500
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
            return Guard.S3.call("PutObjectRetention", () -> {
                for (String key : List.of(dataKey(found.sealed()), pointerKey(tenant, id))) {
                    s3().putObjectRetention(b -> b.bucket(settings.bucket()).key(key).retention(r -> r
                            .mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(until)));
                }
                return found.retention().extendedTo(until);
            }, S3RecordArchive::retentionRefused);
        });
    }

    @Override
    public Either<Problem, Retention> legalHold(TenantId tenant, RecordId id, boolean hold) {
        return existing(tenant, id).flatMap(found -> Guard.S3.call("PutObjectLegalHold", () -> {
            s3().putObjectLegalHold(b -> b.bucket(settings.bucket()).key(dataKey(found.sealed()))
                    .legalHold(h -> h.status(hold ? ObjectLockLegalHoldStatus.ON : ObjectLockLegalHoldStatus.OFF)));
            return found.retention().withLegalHold(hold);
        }));
    }

    @Override
    public Either<Problem, RecordId> delete(TenantId tenant, RecordId id) {
        return existing(tenant, id).flatMap(found -> {
            if (!found.retention().allowsDeletionAt(Instant.now())) {
                return Either.left(new Problem.Rejected("worm-retention", "record " + id + " is locked until "
                        + found.retention().retainUntil() + (found.retention().legalHold() ? " and under legal hold" : "")));
            }
            return Guard.S3.call("DeleteObject", () -> {
                deleteAllVersions(dataKey(found.sealed()));
                deleteAllVersions(pointerKey(tenant, id));
                return id;
            }, S3RecordArchive::retentionRefused);
        });
    }

    /** A 403 on a retention change or a versioned delete is Object Lock refusing it. */
    private static <T> Option<Either<Problem, T>> retentionRefused(Guard.Refusal refusal) {
        return refusal.status() == 403 ? Option.some(Either.left(new Problem.Rejected("worm-retention",
                "the archive refused: " + refusal.code() + (refusal.message().isEmpty() ? "" : " " + refusal.message()))))
                : Option.none();
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
