package dev.portside.domain.brands;

import java.util.Set;

/** Review state of an escalation: OPEN → IN_REVIEW → RESOLVED or DISMISSED (both final). */
public enum EscalationStatus {
    OPEN, IN_REVIEW, RESOLVED, DISMISSED;

    public Set<EscalationStatus> successors() {
        return switch (this) {
            case OPEN -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(RESOLVED, DISMISSED);
            case RESOLVED, DISMISSED -> Set.of();
        };
    }

    public boolean isTerminal() {
        return successors().isEmpty();
    }
}
