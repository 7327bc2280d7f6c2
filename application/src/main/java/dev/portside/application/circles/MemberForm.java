package dev.portside.application.circles;

import java.util.List;

/** The raw, unvalidated fields of a member as a caller sends them (register and update). */
public record MemberForm(String email, String displayName, String bio, List<String> culturalBackground,
                         String communicationStyle, String diagnosisStage, List<String> supportNeeds,
                         String profileVisibility, boolean emailNotifications, boolean pushNotifications,
                         boolean weeklyDigest, String theme, String language, String timezone, boolean highContrast,
                         boolean largeText, boolean screenReader, boolean reducedMotion, List<String> primaryGoals) {

    /** A form with sensible defaults for everything but the email and display name. */
    public static MemberForm basic(String email, String displayName) {
        return new MemberForm(email, displayName, null, List.of(), "GENTLE_ENCOURAGING", "MANAGING_WELL", List.of(),
                "CIRCLES_ONLY", true, false, true, "AUTO", "en", "UTC", false, false, false, false, List.of());
    }

    public MemberForm withEmail(String newEmail) {
        return new MemberForm(newEmail, displayName, bio, culturalBackground, communicationStyle, diagnosisStage,
                supportNeeds, profileVisibility, emailNotifications, pushNotifications, weeklyDigest, theme, language,
                timezone, highContrast, largeText, screenReader, reducedMotion, primaryGoals);
    }

    public MemberForm withProfile(List<String> backgrounds, String stage, List<String> needs) {
        return new MemberForm(email, displayName, bio, backgrounds, communicationStyle, stage, needs,
                profileVisibility, emailNotifications, pushNotifications, weeklyDigest, theme, language, timezone,
                highContrast, largeText, screenReader, reducedMotion, primaryGoals);
    }
}
