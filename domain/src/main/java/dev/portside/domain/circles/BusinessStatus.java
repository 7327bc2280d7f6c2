package dev.portside.domain.circles;

/** Listing state of a business. */
public enum BusinessStatus {
    PENDING, ACTIVE, SUSPENDED
}
