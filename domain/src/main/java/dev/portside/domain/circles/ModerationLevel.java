package dev.portside.domain.circles;

/** How closely a circle is moderated. */
public enum ModerationLevel {
    LIGHT, MODERATE, STRICT
}
