package dev.portside.archfixtures.broken.domain.iota;

/** Part of a cycle between contexts that no single layer shows: theta → iota → theta. */
public interface IotaPort {
}
