package dev.portside.examples.guicehost;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import dev.portside.application.records.RecordCommands.ReadRecord;
import dev.portside.application.records.RecordCommands.WriteRecord;
import dev.portside.application.records.RecordVault;
import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.PortsideModule;
import dev.portside.bootstrap.config.PortsideConfig;
import dev.portside.domain.records.KeyVault;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Map;
import javax.crypto.KeyGenerator;

/**
 * A plain Java host on Guice alone: Portside's whole assembly is one module in the host's injector, with the
 * host's own key vault in place of the configured one. Run it with {@code java -cp ... GuiceHost}; it writes one
 * record and reads it back.
 */
public final class GuiceHost {

    private GuiceHost() {
    }

    /**
     * The host's injector: Portside's module, the configured adapters, and the host's key vault for
     * {@link KeyVault}.
     *
     * @param settings the host's Portside settings ({@code portside.*}), resolved from this map alone
     * @param vault    the host's key vault
     * @return the injector and the module whose resources the host closes
     */
    public static Host start(Map<String, String> settings, KeyVault vault) {
        PortsideConfig config = ContextRegistry.hostConfig(settings);
        PortsideModule portside = new PortsideModule(config);
        Injector injector = Guice.createInjector(Modules.override(portside).with(binder -> binder.bind(KeyVault.class).toInstance(vault)));
        return new Host(injector, portside);
    }

    /** A started host: its injector, closed with the clients and pools Portside opened. */
    public record Host(Injector injector, PortsideModule portside) implements AutoCloseable {
        @Override
        public void close() {
            portside.resources().close();
        }
    }

    public static void main(String[] args) throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        keystore.load(null, null);
        char[] password = "change-me".toCharArray();
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        keystore.setEntry("records-2026", new KeyStore.SecretKeyEntry(aes.generateKey()), new KeyStore.PasswordProtection(password));

        try (Host host = start(Map.of("portside.profile", "inmemory"), new KeystoreKeyVault(keystore, password, "records-2026"))) {
            RecordVault records = host.injector().getInstance(RecordVault.class);
            records.write(new WriteRecord("acme", "r-1", "{\"source\":1}", "{\"mapped\":1}", "model-1", Instant.now(), Map.of()))
                    .getOrElseThrow(problem -> new IllegalStateException(problem.message()));
            String mapped = records.read(new ReadRecord("acme", "r-1", false))
                    .getOrElseThrow(problem -> new IllegalStateException(problem.message())).record().mappedData();
            System.out.println("record r-1 read back: " + mapped);
        }
    }
}
