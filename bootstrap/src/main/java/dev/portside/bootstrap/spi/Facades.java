package dev.portside.bootstrap.spi;

import dev.portside.bootstrap.config.PortsideConfig;

/**
 * What a context's demo and CLI commands use of a started Portside: its facades, by type. The SPI knows
 * only this, never the {@code Portside} class that implements it, so bootstrap and its plugins depend one
 * way.
 */
public interface Facades {

    /** The bound facade of the given type, e.g. {@code facade(ContentCatalog.class)}. */
    <T> T facade(Class<T> type);

    /** The configuration Portside runs on (which adapter each slot uses, and every other key). */
    PortsideConfig config();
}
