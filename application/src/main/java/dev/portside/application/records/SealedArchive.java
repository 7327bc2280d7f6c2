package dev.portside.application.records;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.Record;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.SealedRecord;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.records.HotRecord;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive and the hot rows seen through the one envelope cipher: seals a record's payload before it is
 * archived (the hot row carries the same envelope), and opens an archived record or a hot row (decrypt, then check
 * its content hash) for reads, queries and reconcile. A legacy hot row still in clear opens without decrypting.
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

    Either<Problem, Record> open(ArchivedRecord archived) {
        return open(HotRecord.of(archived.sealed(), archived.retention().retainUntil()));
    }

    /** The hot row decrypted (or, for a legacy row, as stored in clear) and intact. */
    Either<Problem, Record> open(HotRecord row) {
        Either<Problem, Tuple2<String, String>> payload = row.payload() instanceof HotRecord.Payload.Clear c
                ? Either.right(Tuple.of(c.sourceData(), c.mappedData()))
                : cipher.decrypt(row.tenant(), row.id(), row.envelope().get()).flatMap(PayloadCodec::unpack);
        return payload.map(p -> new Record(row.tenant(), row.id(), p._1, p._2, row.modelVersion(), row.timestamp(),
                        row.metadata(), row.contentHash(), row.retainUntil()))
                .filterOrElse(Record::intact, r -> new Problem.Rejected("content-hash",
                        "record " + r.id() + " does not match its content hash"));
    }

    /** A page of hot rows opened; the first row that does not open is the problem. */
    Either<Problem, Page<Record>> open(Page<HotRecord> page) {
        List<Record> records = new ArrayList<>(page.items().size());
        for (HotRecord row : page.items()) {
            Either<Problem, Record> record = open(row);
            if (record.isLeft()) {
                return Either.left(record.getLeft());
            }
            records.add(record.get());
        }
        return Either.right(new Page<>(records, page.next()));
    }

    /** The hot row of a record: sealed now, kept until its retain-until. */
    Either<Problem, HotRecord> sealHot(Record record) {
        return seal(record).map(s -> HotRecord.of(s, record.retainUntil()));
    }
}
