package dev.portside.domain.circles;

/** Who can see a member's profile. */
public enum ProfileVisibility {
    PUBLIC, CIRCLES_ONLY, PRIVATE
}
