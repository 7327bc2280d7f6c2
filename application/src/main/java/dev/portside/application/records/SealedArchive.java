package dev.portside.application.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;

/**
 * The archive seen through the envelope cipher: seals a record's payload before it is archived, and
 * opens an archived record (decrypt, then check its content hash) for reads and reconcile.
 */
final class SealedArchive {

    private final RecordArchive archive;
    private final EnvelopeCipher cipher;

    SealedArchive(RecordArchive archive, EnvelopeCipher cipher) {
        this.archive = archive;
        this.cipher = cipher;
    }

    Either<Problem, SealedRecord> seal(Record record) {
        return cipher.encrypt(record.tenant(), record.id(), PayloadCodec.pack(record.sourceData(), record.mappedData()))
                .map(envelope -> new SealedRecord(record.tenant(), record.id(), record.modelVersion(),
                        record.timestamp(), record.metadata(), record.contentHash(), envelope));
    }

    /** The archived record, decrypted and intact; {@code NotFound} when the archive lacks it. */
    Either<Problem, Record> open(TenantId tenant, RecordId id) {
        return archive.get(tenant, id).flatMap(found -> found.isEmpty()
                ? Either.left(new Problem.NotFound("record", id.value()))
                : open(found.get()));
    }

    private Either<Problem, Record> open(ArchivedRecord archived) {
        SealedRecord sealed = archived.sealed();
        return cipher.decrypt(sealed.tenant(), sealed.id(), sealed.envelope())
                .flatMap(PayloadCodec::unpack)
                .map(payload -> new Record(sealed.tenant(), sealed.id(), payload._1, payload._2, sealed.modelVersion(),
                        sealed.timestamp(), sealed.metadata(), sealed.contentHash(), archived.retention().retainUntil()))
                .filterOrElse(Record::intact, r -> new Problem.Rejected("content-hash",
                        "record " + r.id() + " does not match its content hash"));
    }
}
