package dev.portside.examples.guicehost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordVault;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import io.vavr.control.Either;
import dev.portside.domain.kernel.Problem;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.Test;

class GuiceHostTest {

    @Test
    void the_host_injector_uses_the_hosts_key_vault_for_records() throws Exception {
        List<String> keyIds = new CopyOnWriteArrayList<>();
        KeyVault vault = watched(keystoreVault(), keyIds);
        try (GuiceHost.Host host = GuiceHost.start(Map.of("portside.profile", "inmemory"), vault)) {
            assertThat(host.injector().getInstance(KeyVault.class)).isSameAs(vault);
            RecordVault records = host.injector().getInstance(RecordVault.class);
            records.write(new WriteRecord("acme", "r-1", "{\"s\":1}", "{\"m\":1}", "model-1",
                    Instant.parse("2026-01-01T00:00:00Z"), Map.of())).get();
            assertThat(records.read(new ReadRecord("acme", "r-1", false)).get().record().mappedData()).isEqualTo("{\"m\":1}");
        }
        assertThat(keyIds).isNotEmpty().allMatch(id -> id.equals("host:current"));
    }

    private static KeyVault keystoreVault() throws Exception {
        char[] password = "pw".toCharArray();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        keystore.load(null, null);
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        keystore.setEntry("current", new KeyStore.SecretKeyEntry(aes.generateKey()), new KeyStore.PasswordProtection(password));
        return new KeystoreKeyVault(keystore, password, "current");
    }

    /** The vault, noting the key id of every data key it hands out. */
    private static KeyVault watched(KeyVault inner, List<String> keyIds) {
        return new KeyVault() {
            @Override
            public String currentKeyId() {
                return inner.currentKeyId();
            }

            @Override
            public Either<Problem, String> wrappingKeyId() {
                return inner.wrappingKeyId();
            }

            @Override
            public Either<Problem, DataKey> generate(EncryptionContext context) {
                return inner.generate(context).peek(key -> keyIds.add(key.keyId()));
            }

            @Override
            public Either<Problem, byte[]> unwrap(String keyId, byte[] wrapped, EncryptionContext context) {
                keyIds.add(keyId);
                return inner.unwrap(keyId, wrapped, context);
            }

            @Override
            public Either<Problem, Envelope> rewrap(Envelope envelope, EncryptionContext context) {
                return inner.rewrap(envelope, context);
            }
        };
    }
}
