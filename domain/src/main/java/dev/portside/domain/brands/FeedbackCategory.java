package dev.portside.domain.brands;

/** What a piece of feedback corrects. */
public enum FeedbackCategory {
    REGEX_CORRECTION, MCC_CORRECTION, NAME_CORRECTION, FALSE_POSITIVE, GENERAL
}
