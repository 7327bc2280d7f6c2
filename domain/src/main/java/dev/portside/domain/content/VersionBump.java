package dev.portside.domain.content;

/** Which part of a {@link ContentVersion} a revision increments; {@code PATCH} unless the caller asks. */
public enum VersionBump {
    PATCH, MINOR, MAJOR
}
