package dev.portside.bootstrap.spi;

import java.util.Map;
import java.util.Objects;

/**
 * One pluggable port (or group of ports) of a context: the configuration key that picks its
 * adapter, the adapters by name, and the adapter each profile picks.
 *
 * @param key             full configuration key, e.g. {@code portside.content.adapter}
 * @param adapters        adapter name → Guice module factory; names are the accepted values
 * @param profileDefaults profile name ({@code inmemory}, {@code aws}, {@code sql}) → adapter name
 */
public record AdapterSlot(String key, Map<String, AdapterFactory> adapters, Map<String, String> profileDefaults) {

    public AdapterSlot {
        Objects.requireNonNull(key, "key");
        adapters = Map.copyOf(adapters);
        profileDefaults = Map.copyOf(profileDefaults);
        for (String adapter : profileDefaults.values()) {
            if (!adapters.containsKey(adapter)) {
                throw new IllegalArgumentException(key + ": profile default '" + adapter + "' is not an adapter");
            }
        }
    }
}
