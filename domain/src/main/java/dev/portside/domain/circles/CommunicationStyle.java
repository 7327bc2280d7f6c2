package dev.portside.domain.circles;

/** How a member likes to be supported. */
public enum CommunicationStyle {
    DIRECT, GENTLE_ENCOURAGING, PRACTICAL, DETAILED
}
