package dev.portside.domain.circles;

/** Where a member is in their journey. */
public enum DiagnosisStage {
    NEWLY_DIAGNOSED, ADJUSTING, MANAGING_WELL, STRUGGLING, IN_REMISSION
}
