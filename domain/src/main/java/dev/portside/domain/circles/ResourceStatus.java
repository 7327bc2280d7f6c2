package dev.portside.domain.circles;

/** Publication state of a resource. */
public enum ResourceStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
