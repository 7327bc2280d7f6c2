package dev.portside.domain.circles;

/** Display theme. */
public enum Theme {
    LIGHT, DARK, AUTO
}
