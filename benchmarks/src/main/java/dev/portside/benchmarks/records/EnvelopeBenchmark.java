package dev.portside.benchmarks.records;

import dev.portside.adapters.inmemory.records.LocalKeyVault;
import dev.portside.application.records.EnvelopeCipher;
import dev.portside.application.records.RecordsPolicy;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.RecordId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Envelope encryption of one 4 KiB record with a cached (reused) data key, against raw JCA AES-256-GCM
 * with a fresh IV on the same bytes: the difference is the envelope's bookkeeping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnvelopeBenchmark {

    private final SecureRandom random = new SecureRandom();
    private final RecordId id = new RecordId("rec-1");
    private byte[] payload;
    private EnvelopeCipher cipher;
    private SecretKeySpec rawKey;

    @Setup
    public void start() {
        payload = new byte[4096];
        random.nextBytes(payload);
        byte[] master = new byte[32];
        random.nextBytes(master);
        cipher = new EnvelopeCipher(new LocalKeyVault(master),
                RecordsPolicy.defaults().withDataKeyReuse(Integer.MAX_VALUE, Duration.ofDays(1)), Clock.systemUTC());
        byte[] data = new byte[32];
        random.nextBytes(data);
        rawKey = new SecretKeySpec(data, "AES");
    }

    @Benchmark
    public Envelope portsideEnvelope() {
        return cipher.encrypt(BenchmarkRecords.TENANT, id, payload).get();
    }

    @Benchmark
    public byte[] rawAesGcm() throws Exception {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, iv));
        aes.updateAAD(id.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return aes.doFinal(payload);
    }
}
