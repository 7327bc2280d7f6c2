package dev.portside.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import dev.portside.domain.records.DataKey;
import dev.portside.domain.records.EncryptionContext;
import dev.portside.domain.records.Envelope;
import dev.portside.domain.records.KeyVault;
import dev.portside.domain.records.RecordId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyVault} must do: 256-bit data keys that unwrap only under the same key id and
 * encryption context and only unaltered, recorded under the concrete key that wrapped them, and re-wrapped
 * under the current key without changing the plaintext; refusals are problems, never exceptions.
 */
public abstract class KeyVaultContract {

    protected abstract KeyVault vault();

    private static final EncryptionContext CONTEXT = EncryptionContext.of(new TenantId("acme"), new RecordId("r-1"));

    @Test
    void aDataKeyUnwrapsToItsPlaintextUnderTheSameContext() {
        DataKey key = vault().generate(CONTEXT).get();

        assertThat(key.plaintext()).hasSize(32);
        assertThat(key.keyId()).isEqualTo(vault().wrappingKeyId().get());
        assertThat(vault().unwrap(key.keyId(), key.wrapped(), CONTEXT).get()).isEqualTo(key.plaintext());
    }

    @Test
    void aRewrappedDataKeyUnwrapsToTheSamePlaintextAndKeepsTheCiphertext() {
        DataKey key = vault().generate(CONTEXT).get();
        Envelope envelope = new Envelope(Envelope.FORMAT_VERSION, key.keyId(), key.wrapped(), true, new byte[12],
                new byte[] {1, 2, 3});

        Envelope rewrapped = vault().rewrap(envelope, CONTEXT).get();

        assertThat(rewrapped.keyId()).isEqualTo(vault().wrappingKeyId().get());
        assertThat(rewrapped.sameContentAs(envelope)).isTrue();
        assertThat(rewrapped.wrappedKey()).isNotEqualTo(key.wrapped());
        assertThat(vault().unwrap(rewrapped.keyId(), rewrapped.wrappedKey(), CONTEXT).get()).isEqualTo(key.plaintext());
    }

    @Test
    void aRewrapUnderAnotherContextIsRefused() {
        DataKey key = vault().generate(CONTEXT).get();
        Envelope envelope = new Envelope(Envelope.FORMAT_VERSION, key.keyId(), key.wrapped(), true, new byte[12],
                new byte[] {1});

        assertThat(vault().rewrap(envelope, EncryptionContext.tenantWide(new TenantId("acme"))).getLeft())
                .isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void everyDataKeyIsFresh() {
        assertThat(vault().generate(CONTEXT).get().plaintext()).isNotEqualTo(vault().generate(CONTEXT).get().plaintext());
    }

    @Test
    void aTenantWideKeyDoesNotUnwrapAsARecordKey() {
        DataKey key = vault().generate(EncryptionContext.tenantWide(new TenantId("acme"))).get();

        assertThat(vault().unwrap(key.keyId(), key.wrapped(), CONTEXT).getLeft()).isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void aFlippedBitInTheWrappedKeyIsRefused() {
        DataKey key = vault().generate(CONTEXT).get();
        byte[] wrapped = key.wrapped();
        wrapped[wrapped.length - 1] ^= 1;

        assertThat(vault().unwrap(key.keyId(), wrapped, CONTEXT).getLeft()).isInstanceOf(Problem.Rejected.class);
    }

    @Test
    void anUnknownKeyIdIsNotFound() {
        DataKey key = vault().generate(CONTEXT).get();

        assertThat(vault().unwrap(unknownKeyId(), key.wrapped(), CONTEXT).getLeft()).isInstanceOf(Problem.NotFound.class);
    }

    /** A well-formed key id this vault does not know. */
    protected String unknownKeyId() {
        return "local:0000000000000000";
    }

    @Property(tries = 20)
    void aKeyBoundToOneRecordIsRefusedForAnyOther(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String other) {
        DataKey key = vault().generate(CONTEXT).get();
        EncryptionContext foreign = EncryptionContext.of(new TenantId("acme"), new RecordId("x" + other));

        assertThat(vault().unwrap(key.keyId(), key.wrapped(), foreign).getLeft()).isInstanceOf(Problem.Rejected.class);
    }
}
