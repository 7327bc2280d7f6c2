package dev.portside.domain.circles;

/** Lifecycle of a circle. */
public enum CircleStatus {
    ACTIVE, ARCHIVED
}
