package dev.portside.bootstrap;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings a profile requires besides its name, for tests that start it: a KMS key id on {@code aws}; a
 * local master key and the accepted in-memory records archive on {@code sql}.
 */
public final class ProfileSettings {

    private static final Map<String, Map<String, String>> REQUIRED = Map.of(
            "aws", Map.of("portside.records.kms-key-id", "alias/portside-test"),
            "sql", Map.of("portside.records.local-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

    private ProfileSettings() {
    }

    /** The profile, what it requires, then {@code more} (which wins). */
    public static Map<String, String> of(String profile, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(REQUIRED.getOrDefault(profile, Map.of()));
        settings.put("portside.profile", profile);
        settings.putAll(more);
        return settings;
    }

    public static Map<String, String> of(String profile) {
        return of(profile, Map.of());
    }
}
