package dev.portside.domain.records;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The cold, write-once archive and source of truth. A put of an existing id with the same hash is
 * idempotent, with another hash a {@link Problem.Conflict}; nothing is changed or deleted before
 * retain-until or while on legal hold (COMPLIANCE mode); retention is extended, never shortened. Only the
 * wrapping of a record's data key may be replaced (key rotation), never its content.
 */
public interface RecordArchive {

    /** Stores the record locked until {@code retainUntil}; returns what the archive holds afterwards. */
    Either<Problem, ArchivedRecord> put(SealedRecord record, Instant retainUntil);

    Either<Problem, Option<ArchivedRecord>> get(TenantId tenant, RecordId id);

    /** The records whose timestamp falls on the given UTC day, ordered by id, paged with a signed cursor. */
    Either<Problem, Page<RecordRef>> list(TenantId tenant, LocalDate day, PageRequest page);

    /** Moves retain-until later; an earlier instant is {@link Problem.Rejected}. */
    Either<Problem, Retention> extendRetention(TenantId tenant, RecordId id, Instant until);

    /** Places ({@code true}) or releases ({@code false}) the legal hold. */
    Either<Problem, Retention> legalHold(TenantId tenant, RecordId id, boolean hold);

    /**
     * Replaces the wrapped data key of a stored record by {@code rewrapped}, the same envelope (format, IV,
     * ciphertext) with its data key wrapped under another master key; any other difference is
     * {@link Problem.Rejected}. Returns the record as stored afterwards.
     */
    default Either<Problem, ArchivedRecord> rewrap(TenantId tenant, RecordId id, Envelope rewrapped) {
        return Either.left(new Problem.Rejected("rewrap-unsupported", "this archive cannot re-wrap data keys"));
    }

    /** The refusal of a re-wrap that would change more than the wrapped data key. */
    static Problem notARewrap(RecordId id) {
        return new Problem.Rejected("worm-content", "record " + id
                + " may only have its data key re-wrapped; its format, IV and ciphertext never change");
    }

    /** Deletes a record whose retention has passed and that carries no hold; otherwise {@link Problem.Rejected}. */
    Either<Problem, RecordId> delete(TenantId tenant, RecordId id);
}
