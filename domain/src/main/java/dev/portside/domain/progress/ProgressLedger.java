package dev.portside.domain.progress;

import dev.portside.domain.kernel.UserId;

import dev.portside.domain.content.CertificationType;
import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Stores learners' progress entries, per tenant. {@code create} refuses an existing key;
 * {@code save} and {@code delete} apply only at the caller's revision (else {@code Conflict}).
 * {@code importAll} writes many new entries in backend batches, each only while its key is still absent,
 * so it never overwrites a concurrent write. Queries page with signed cursors; failures are {@code Unavailable}.
 */
public interface ProgressLedger {

    Either<Problem, ProgressEntry> create(ProgressEntry entry);

    Either<Problem, ProgressEntry> save(ProgressEntry entry);

    Either<Problem, ProgressKey> delete(TenantId tenant, ProgressKey key, Revision expected);

    Either<Problem, Option<ProgressEntry>> find(TenantId tenant, ProgressKey key);

    /** The stored entries among {@code keys} (missing keys are left out), in no particular order. */
    Either<Problem, List<ProgressEntry>> findAll(TenantId tenant, Collection<ProgressKey> keys);

    /**
     * Writes entries whose keys the caller found absent, all at {@link Revision#INITIAL}, in backend
     * batches, each only if its key is still absent; returns the keys a concurrent write took meanwhile,
     * left untouched for the caller to merge into. Every other entry is written or the result is a problem.
     */
    Either<Problem, List<ProgressKey>> importAll(TenantId tenant, List<ProgressEntry> entries);

    /** A learner's entries, optionally of one certification, ordered by content id then certification name. */
    Either<Problem, Page<ProgressEntry>> byUser(TenantId tenant, UserId user, Option<CertificationType> certification,
                                                PageRequest page);

    /** Entries of a certification last recorded in {@code [from, to)}, ordered by that time, user, content id. */
    Either<Problem, Page<ProgressEntry>> byCertification(TenantId tenant, CertificationType certification,
                                                         Instant from, Instant to, PageRequest page);
}
