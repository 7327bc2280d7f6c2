package dev.portside.testkit.records;

import dev.portside.domain.kernel.Page;
import dev.portside.domain.kernel.PageRequest;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.ArchivedRecord;
import dev.portside.domain.records.DailyCount;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.HotRecordStore;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.HotRecord;
import dev.portside.domain.records.RecordArchive;
import dev.portside.domain.records.RecordId;
import dev.portside.domain.records.RecordRef;
import dev.portside.domain.records.Retention;
import dev.portside.domain.records.SealedRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Wraps real ports and makes the armed write step fail, before it acts or after it committed, to
 * prove the write path never loses or half-shows a record. Reads are never faulted.
 */
public final class FaultyPorts {

    private final AtomicReference<WriteFault> armed = new AtomicReference<>(WriteFault.NONE);
    private final RecordArchive archive;
    private final HotRecordStore hot;
    private final KeyVault keys;

    public FaultyPorts(RecordArchive archive, HotRecordStore hot, KeyVault keys) {
        this.archive = new Archive(archive);
        this.hot = new Hot(hot);
        this.keys = new Keys(keys);
    }

    public void arm(WriteFault fault) {
        armed.set(fault);
    }

    public RecordArchive archive() {
        return archive;
    }

    public HotRecordStore hot() {
        return hot;
    }

    public KeyVault keys() {
        return keys;
    }

    private <T> Either<Problem, T> faulted(WriteFault before, WriteFault after, Supplier<Either<Problem, T>> action) {
        WriteFault fault = armed.get();
        if (fault == before) {
            return Either.left(new Problem.Unavailable("injected " + fault, true, "injected failure before the write"));
        }
        Either<Problem, T> result = action.get();
        if (fault == after) {
            return Either.left(new Problem.Unavailable("injected " + fault, true, "injected timeout after the write"));
        }
        return result;
    }

    private final class Archive implements RecordArchive {
        private final RecordArchive delegate;

        Archive(RecordArchive delegate) {
            this.delegate = delegate;
        }

        @Override
        public Either<Problem, ArchivedRecord> put(SealedRecord record, Instant retainUntil) {
            return faulted(WriteFault.ARCHIVE_BEFORE, WriteFault.ARCHIVE_AFTER, () -> delegate.put(record, retainUntil));
        }

        @Override
        public Either<Problem, Option<ArchivedRecord>> get(TenantId tenant, RecordId id) {
            return delegate.get(tenant, id);
        }

        @Override
        public Either<Problem, Page<RecordRef>> list(TenantId tenant, LocalDate day, PageRequest page) {
            return delegate.list(tenant, day, page);
        }

        @Override
        public Either<Problem, Retention> extendRetention(TenantId tenant, RecordId id, Instant until) {
            return delegate.extendRetention(tenant, id, until);
        }

        @Override
        public Either<Problem, Retention> legalHold(TenantId tenant, RecordId id, boolean hold) {
            return delegate.legalHold(tenant, id, hold);
        }

        @Override
        public Either<Problem, ArchivedRecord> rewrap(TenantId tenant, RecordId id, Envelope rewrapped) {
            return delegate.rewrap(tenant, id, rewrapped);
        }

        @Override
        public Either<Problem, RecordId> delete(TenantId tenant, RecordId id) {
            return delegate.delete(tenant, id);
        }
    }

    private final class Hot implements HotRecordStore {
        private final HotRecordStore delegate;

        Hot(HotRecordStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Either<Problem, HotRecord> put(HotRecord record) {
            return faulted(WriteFault.HOT_BEFORE, WriteFault.HOT_AFTER, () -> delegate.put(record));
        }

        @Override
        public Either<Problem, Integer> putAll(TenantId tenant, List<HotRecord> records) {
            return faulted(WriteFault.HOT_BEFORE, WriteFault.HOT_AFTER, () -> delegate.putAll(tenant, records));
        }

        @Override
        public Either<Problem, Option<HotRecord>> get(TenantId tenant, RecordId id) {
            return delegate.get(tenant, id);
        }

        @Override
        public Either<Problem, Set<RecordId>> present(TenantId tenant, Collection<RecordId> ids) {
            return delegate.present(tenant, ids);
        }

        @Override
        public Either<Problem, Page<HotRecord>> byModelVersion(TenantId tenant, String modelVersion, Instant from,
                                                           Instant to, PageRequest page) {
            return delegate.byModelVersion(tenant, modelVersion, from, to, page);
        }

        @Override
        public Either<Problem, Page<HotRecord>> byMetadata(TenantId tenant, String key, String value, PageRequest page) {
            return delegate.byMetadata(tenant, key, value, page);
        }

        @Override
        public Either<Problem, List<DailyCount>> countsPerDay(TenantId tenant, Instant from, Instant to) {
            return delegate.countsPerDay(tenant, from, to);
        }

        @Override
        public Either<Problem, Long> countOlderThan(TenantId tenant, Instant cutoff) {
            return delegate.countOlderThan(tenant, cutoff);
        }

        @Override
        public Either<Problem, Integer> deleteOlderThan(TenantId tenant, Instant cutoff, int batchSize) {
            return delegate.deleteOlderThan(tenant, cutoff, batchSize);
        }

        @Override
        public Either<Problem, List<HotRecord>> scan(TenantId tenant, String afterId, int limit) {
            return delegate.scan(tenant, afterId, limit);
        }

        @Override
        public Either<Problem, Integer> seal(TenantId tenant, List<HotRecord> sealed) {
            return faulted(WriteFault.HOT_BEFORE, WriteFault.HOT_AFTER, () -> delegate.seal(tenant, sealed));
        }
    }

    private final class Keys implements KeyVault {
        private final KeyVault delegate;

        Keys(KeyVault delegate) {
            this.delegate = delegate;
        }

        @Override
        public String currentKeyId() {
            return delegate.currentKeyId();
        }

        @Override
        public Either<Problem, DataKey> generate(EncryptionContext context) {
            return faulted(WriteFault.KEY_VAULT, null, () -> delegate.generate(context));
        }

        @Override
        public Either<Problem, String> wrappingKeyId() {
            return delegate.wrappingKeyId();
        }

        @Override
        public Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context) {
            return delegate.unwrap(keyId, wrapped, context);
        }

        @Override
        public Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context) {
            return delegate.rewrap(envelope, context);
        }
    }
}
