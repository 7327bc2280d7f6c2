package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.EnvelopeCipher;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordId;
import java.time.Clock;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EnvelopeProperties {

    private static final TenantId TENANT = new TenantId("acme");
    private static final RecordId ID = new RecordId("r-1");

    private final LocalKeyVault keys = new LocalKeyVault(LocalKeyVaultTest.filled(1));
    private final EnvelopeCipher cipher = new EnvelopeCipher(keys, RecordsPolicy.defaults(), Clock.systemUTC());

    @Property(tries = 60)
    void anyPayloadUpTo1MiBRoundTrips(@ForAll("payloads") byte[] payload) {
        Envelope envelope = cipher.encrypt(TENANT, ID, payload).get();

        assertThat(envelope.formatVersion()).isEqualTo(Envelope.FORMAT_VERSION);
        assertThat(envelope.keyId()).isEqualTo(keys.currentKeyId());
        assertThat(envelope.iv()).hasSize(12);
        assertThat(cipher.decrypt(TENANT, ID, envelope).get()).isEqualTo(payload);
    }

    @Property(tries = 60)
    void oneFlippedBitAnywhereIsRefusedAsAProblem(@ForAll("payloads") byte[] payload, @ForAll @IntRange(max = 7) int bit,
                                                 @ForAll @IntRange(min = 0, max = 2) int part) {
        Envelope envelope = cipher.encrypt(TENANT, ID, payload).get();
        Envelope tampered = switch (part) {
            case 0 -> envelope.withCiphertext(flip(envelope.ciphertext(), bit));
            case 1 -> envelope.withKey(envelope.keyId(), flip(envelope.wrappedKey(), bit));
            default -> new Envelope(envelope.formatVersion(), envelope.keyId(), envelope.wrappedKey(), true,
                    flip(envelope.iv(), bit), envelope.ciphertext());
        };

        assertThat(cipher.decrypt(TENANT, ID, tampered).getLeft()).isInstanceOf(Problem.Rejected.class);
    }

    @Property(tries = 30)
    void anotherRecordOrTenantCannotDecrypt(@ForAll("payloads") byte[] payload) {
        Envelope envelope = cipher.encrypt(TENANT, ID, payload).get();

        assertThat(cipher.decrypt(TENANT, new RecordId("r-2"), envelope).getLeft()).isInstanceOf(Problem.Rejected.class);
        assertThat(cipher.decrypt(new TenantId("other"), ID, envelope).getLeft()).isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void aVaultWithAnotherMasterKeyRefusesTheEnvelope() {
        Envelope envelope = cipher.encrypt(TENANT, ID, new byte[] {1, 2, 3}).get();
        EnvelopeCipher stranger = new EnvelopeCipher(new LocalKeyVault(LocalKeyVaultTest.filled(2)),
                RecordsPolicy.defaults(), Clock.systemUTC());

        assertThat(stranger.decrypt(TENANT, ID, envelope).getLeft()).isInstanceOf(Problem.NotFound.class);
        assertThat(stranger.decrypt(TENANT, ID, envelope.withKey(
                new LocalKeyVault(LocalKeyVaultTest.filled(2)).currentKeyId(), envelope.wrappedKey())).getLeft())
                .isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void aReusedDataKeyServesAtMostItsUsesAndStillDecryptsPerRecord() {
        DataKeyCacheTest.Counting counting = new DataKeyCacheTest.Counting(keys);
        EnvelopeCipher reusing = new EnvelopeCipher(counting,
                RecordsPolicy.defaults().withDataKeyReuse(4, Duration.ofMinutes(5)), Clock.systemUTC());

        for (int i = 0; i < 10; i++) {
            RecordId id = new RecordId("r-" + i);
            Envelope envelope = reusing.encrypt(TENANT, id, new byte[] {(byte) i}).get();
            assertThat(envelope.recordBound()).isFalse();
            assertThat(reusing.decrypt(TENANT, id, envelope).get()).containsExactly((byte) i);
            assertThat(reusing.decrypt(TENANT, new RecordId("x"), envelope).getLeft()).isInstanceOf(Problem.Rejected.class);
        }
        assertThat(counting.generated.get()).isEqualTo(3);
    }

    private static byte[] flip(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= (byte) (1 << bit);
        return copy;
    }

    @Provide
    Arbitrary<byte[]> payloads() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4096),
                Arbitraries.integers().between(0, 1024 * 1024).map(n -> {
                    byte[] bytes = new byte[n];
                    new java.util.Random(n).nextBytes(bytes);
                    return bytes;
                }));
    }
}
