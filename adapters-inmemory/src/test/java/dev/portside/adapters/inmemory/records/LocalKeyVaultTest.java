package dev.portside.adapters.inmemory.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordId;
import dev.portside.testkit.records.KeyVaultContract;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalKeyVaultTest extends KeyVaultContract {

    private static final byte[] KEY = filled(7);
    private final KeyVault vault = new LocalKeyVault(KEY);

    static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    @Override
    protected KeyVault vault() {
        return vault;
    }

    @Test
    void aRotatedVaultStillUnwrapsKeysOfItsRetiredMasterKey() {
        EncryptionContext context = EncryptionContext.of(TenantId.DEFAULT, new RecordId("r"));
        DataKey old = vault.generate(context).get();
        LocalKeyVault rotated = new LocalKeyVault(filled(9), List.of(KEY));

        assertThat(rotated.currentKeyId()).isNotEqualTo(old.keyId());
        assertThat(rotated.unwrap(old.keyId(), old.wrapped(), context).get()).isEqualTo(old.plaintext());
    }

    @Test
    void aRotatedVaultRewrapsADataKeyOfItsRetiredKeyUnderTheCurrentOne() {
        EncryptionContext context = EncryptionContext.of(TenantId.DEFAULT, new RecordId("r"));
        DataKey old = vault.generate(context).get();
        LocalKeyVault rotated = new LocalKeyVault(filled(9), List.of(KEY));
        Envelope envelope = new Envelope(Envelope.FORMAT_VERSION, old.keyId(), old.wrapped(), true, new byte[12],
                new byte[] {4});

        Envelope rewrapped = rotated.rewrap(envelope, context).get();

        assertThat(rewrapped.keyId()).isEqualTo(rotated.currentKeyId());
        assertThat(new LocalKeyVault(filled(9)).unwrap(rewrapped.keyId(), rewrapped.wrappedKey(), context).get())
                .isEqualTo(old.plaintext());
    }

    @Test
    void theKeyIsNeverPrinted() {
        assertThat(vault.toString()).doesNotContain(java.util.HexFormat.of().formatHex(KEY).substring(0, 8))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(KEY).substring(0, 8))
                .contains(vault.currentKeyId());
        assertThat(vault.generate(EncryptionContext.tenantWide(TenantId.DEFAULT)).get().toString()).contains("****");
    }
}
