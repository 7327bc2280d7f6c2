package dev.portside.domain.circles;

/** What a circle is for. */
public enum CircleType {
    SUPPORT_GROUP, WELLNESS, EDUCATION, SOCIAL, ADVOCACY
}
