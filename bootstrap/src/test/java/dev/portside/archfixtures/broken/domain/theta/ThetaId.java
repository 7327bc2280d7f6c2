package dev.portside.archfixtures.broken.domain.theta;

/** Part of a cycle between contexts that no single layer shows: theta → iota → theta. */
public record ThetaId(String value) {
}
