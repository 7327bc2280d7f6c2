package dev.portside.bootstrap.spi;

import com.google.inject.Module;
import dev.portside.bootstrap.config.ConfigKey;
import java.util.List;

/**
 * One bounded context's plug into bootstrap, found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/dev.portside.bootstrap.spi.ContextPlugin}). A context added
 * later plugs in by adding its plugin; no other context's code changes.
 */
public interface ContextPlugin {

    /** The context name, e.g. {@code content}; also the configuration prefix {@code portside.content.*}. */
    String context();

    /** Order in listings and in the demo (lower first). */
    default int order() {
        return 100;
    }

    /** The use-case facades of this context, wired from the ports the adapter slots bind. */
    Module useCases();

    /** The pluggable ports of this context, each chosen by a configuration key. */
    List<AdapterSlot> slots();

    /** Extra configuration keys of this context (beyond the slots' adapter keys). */
    default List<ConfigKey> configKeys() {
        return List.of();
    }

    /**
     * Walks this context on a started Portside's facades; each step says through {@code steps} whether it
     * expects a success or the refusal it demonstrates.
     */
    default void demo(Facades portside, DemoSteps steps) {
    }

    /** picocli command objects this context adds to the {@code portside} CLI. */
    default List<Object> commands() {
        return List.of();
    }
}
