package dev.portside.domain.circles;

/** Who sees a member and which notifications they get. */
public record Preferences(ProfileVisibility profileVisibility, boolean emailNotifications,
                          boolean pushNotifications, boolean weeklyDigest) {

    public static Preferences defaults() {
        return new Preferences(ProfileVisibility.CIRCLES_ONLY, true, false, true);
    }
}
