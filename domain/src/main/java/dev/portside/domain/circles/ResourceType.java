package dev.portside.domain.circles;

/** Kind of resource. */
public enum ResourceType {
    ARTICLE, VIDEO, GUIDE, TOOL, EVENT
}
