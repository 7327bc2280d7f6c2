package dev.portside.domain.brands;

/** The dated documents counted by day: feedback by submission day, executions by start day, escalations by escalation day. */
public enum DatedKind {
    FEEDBACK, EXECUTIONS, ESCALATIONS
}
