package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.EnvelopeCipher;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.time.MutableClock;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The data-key caches of the envelope cipher: how many key-vault calls writes and reads cost, and what they never hand out. */
class DataKeyCacheTest {

    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    private final LocalKeyVault keys = new LocalKeyVault(LocalKeyVaultTest.filled(1));
    private final Counting vault = new Counting(keys);
    private final MutableClock clock = new MutableClock(START);

    @Test
    void oneThousandRecordsCostOneGenerateEachOrOnePerReuseBatch() {
        EnvelopeCipher perRecord = new EnvelopeCipher(vault, RecordsPolicy.defaults(), clock);
        writeAndRead(perRecord, 1000);
        assertThat(vault.generated.get()).isEqualTo(1000);
        assertThat(vault.unwrapped.get()).as("each record-bound key unwrapped once, its second read cached")
                .isEqualTo(1000);

        Counting reused = new Counting(keys);
        EnvelopeCipher batched = new EnvelopeCipher(reused,
                RecordsPolicy.defaults().withDataKeyReuse(100, Duration.ofMinutes(5)), clock);
        writeAndRead(batched, 1000);
        assertThat(reused.generated.get()).isEqualTo(10);
        assertThat(reused.unwrapped.get()).isEqualTo(10);
    }

    @Test
    void aCacheSizeOfZeroAsksTheVaultOnEveryRead() {
        EnvelopeCipher uncached = new EnvelopeCipher(vault,
                RecordsPolicy.defaults().withDataKeyReuse(100, Duration.ofMinutes(5)).withDataKeyCache(0), clock);
        writeAndRead(uncached, 50);
        assertThat(vault.generated.get()).isEqualTo(1);
        assertThat(vault.unwrapped.get()).isEqualTo(100);
    }

    @Test
    void anEntryOlderThanTheMaxAgeIsUnwrappedAgain() {
        EnvelopeCipher cipher = new EnvelopeCipher(vault, RecordsPolicy.defaults().withDataKeyReuse(100, Duration.ofMinutes(5)), clock);
        RecordId id = new RecordId("r-1");
        Envelope envelope = cipher.encrypt(TENANT, id, new byte[] {7}).get();

        cipher.decrypt(TENANT, id, envelope).get();
        clock.advance(Duration.ofMinutes(5));
        cipher.decrypt(TENANT, id, envelope).get();
        assertThat(vault.unwrapped.get()).as("at exactly the max age the entry still serves").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cipher.decrypt(TENANT, id, envelope).get()).containsExactly(7);
        assertThat(vault.unwrapped.get()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedEntryLeavesAtCapacity() {
        EnvelopeCipher cipher = new EnvelopeCipher(vault, RecordsPolicy.defaults().withDataKeyCache(2), clock);
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            envelopes.add(cipher.encrypt(TENANT, new RecordId("r-" + i), new byte[] {(byte) i}).get());
        }
        read(cipher, envelopes, 0);
        read(cipher, envelopes, 1);
        read(cipher, envelopes, 0);
        read(cipher, envelopes, 2);
        assertThat(vault.unwrapped.get()).isEqualTo(3);

        read(cipher, envelopes, 0);
        assertThat(vault.unwrapped.get()).as("r-0 was used more recently than r-1, so it stayed").isEqualTo(3);
        read(cipher, envelopes, 1);
        assertThat(vault.unwrapped.get()).as("r-1 was evicted").isEqualTo(4);
    }

    @Test
    void aRefusedUnwrapIsNeverKept() {
        EnvelopeCipher cipher = new EnvelopeCipher(vault, RecordsPolicy.defaults(), clock);
        RecordId id = new RecordId("r-1");
        Envelope envelope = cipher.encrypt(TENANT, id, new byte[] {1}).get();

        assertThat(cipher.decrypt(TENANT, new RecordId("r-2"), envelope).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(cipher.decrypt(TENANT, new RecordId("r-2"), envelope).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(vault.unwrapped.get()).isEqualTo(2);
    }

    /**
     * Whatever the mix of tenants, records, reuse and cache size, a cached read answers exactly what an
     * uncached one answers: the right plaintext for the right tenant and record, a refusal otherwise.
     */
    @Property(tries = 40)
    void cachedReadsAnswerWhatUncachedReadsAnswer(@ForAll("reads") List<int[]> reads,
                                                  @ForAll @IntRange(min = 1, max = 5) int maxUses,
                                                  @ForAll @IntRange(min = 0, max = 3) int cacheSize) {
        EnvelopeCipher cached = new EnvelopeCipher(vault,
                RecordsPolicy.defaults().withDataKeyReuse(maxUses, Duration.ofMinutes(5)).withDataKeyCache(cacheSize), clock);
        EnvelopeCipher uncached = new EnvelopeCipher(keys, RecordsPolicy.defaults().withDataKeyCache(0), clock);
        List<Envelope> written = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            written.add(cached.encrypt(tenant(i % 2), new RecordId("r-" + i), new byte[] {(byte) i}).get());
        }
        for (int[] read : reads) {
            Envelope envelope = written.get(read[0]);
            TenantId tenant = tenant(read[1]);
            RecordId id = new RecordId("r-" + read[2]);
            Either<Problem, byte[]> answer = cached.decrypt(tenant, id, envelope);
            Either<Problem, byte[]> expected = uncached.decrypt(tenant, id, envelope);

            assertThat(answer.isRight()).isEqualTo(expected.isRight());
            assertThat(answer.isRight()).isEqualTo(read[0] % 2 == read[1] && read[0] == read[2]);
            answer.peek(bytes -> assertThat(bytes).containsExactly((byte) read[0]));
        }
    }

    @Provide
    Arbitrary<List<int[]>> reads() {
        Arbitrary<int[]> read = Arbitraries.integers().between(0, 5).list().ofSize(3)
                .map(l -> new int[] {l.get(0), l.get(1) % 2, l.get(2)})
                .edgeCases(e -> e.add(new int[] {0, 0, 0}));
        Arbitrary<int[]> own = Arbitraries.integers().between(0, 5).map(i -> new int[] {i, i % 2, i});
        return Arbitraries.oneOf(read, own).list().ofMaxSize(30);
    }

    private static TenantId tenant(int n) {
        return new TenantId(n == 0 ? "acme" : "globex");
    }

    private static void writeAndRead(EnvelopeCipher cipher, int count) {
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            envelopes.add(cipher.encrypt(TENANT, new RecordId("r-" + i), new byte[] {(byte) i}).get());
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < count; i++) {
                read(cipher, envelopes, i);
            }
        }
    }

    private static void read(EnvelopeCipher cipher, List<Envelope> envelopes, int i) {
        assertThat(cipher.decrypt(TENANT, new RecordId("r-" + i), envelopes.get(i)).get()).containsExactly((byte) i);
    }

    /** A key vault that counts what it is asked. */
    static final class Counting implements KeyVault {
        final AtomicInteger generated = new AtomicInteger();
        final AtomicInteger unwrapped = new AtomicInteger();
        private final KeyVault keys;

        Counting(KeyVault keys) {
            this.keys = keys;
        }

        @Override
        public String currentKeyId() {
            return keys.currentKeyId();
        }

        @Override
        public Either<Problem, DataKey> generate(EncryptionContext context) {
            generated.incrementAndGet();
            return keys.generate(context);
        }

        @Override
        public Either<Problem, String> wrappingKeyId() {
            return keys.wrappingKeyId();
        }

        @Override
        public Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context) {
            unwrapped.incrementAndGet();
            return keys.unwrap(keyId, wrapped, context);
        }

        @Override
        public Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context) {
            return keys.rewrap(envelope, context);
        }
    }
}
