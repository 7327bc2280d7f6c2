package dev.portside.domain.circles;

/** Lifecycle of a membership. */
public enum MembershipStatus {
    PENDING, ACTIVE, REMOVED
}
