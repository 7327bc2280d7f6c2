package dev.portside.domain.circles;

/** Whether a circle is open to anyone. */
public enum CirclePrivacy {
    PUBLIC, PRIVATE
}
