package dev.portside.examples.guicehost;

import dev.portside.domain.records.KeyVault;
import dev.portside.testkit.records.KeyVaultContract;
import java.security.KeyStore;
import javax.crypto.KeyGenerator;

/** The host's key vault passes the same contract as every key vault Portside ships. */
class KeystoreKeyVaultTest extends KeyVaultContract {

    private static final char[] PASSWORD = "test-password".toCharArray();
    private static final KeyVault VAULT = newVault();

    private static KeyVault newVault() {
        try {
            KeyStore keystore = KeyStore.getInstance("PKCS12");
            keystore.load(null, null);
            KeyGenerator aes = KeyGenerator.getInstance("AES");
            aes.init(256);
            keystore.setEntry("current", new KeyStore.SecretKeyEntry(aes.generateKey()), new KeyStore.PasswordProtection(PASSWORD));
            return new KeystoreKeyVault(keystore, PASSWORD, "current");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected KeyVault vault() {
        return VAULT;
    }

    @Override
    protected String unknownKeyId() {
        return "host:missing";
    }
}
