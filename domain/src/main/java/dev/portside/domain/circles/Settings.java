package dev.portside.domain.circles;

import dev.portside.domain.kernel.Checks;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** A member's display settings: theme, language (BCP 47 tag), time zone and accessibility switches. */
public record Settings(Theme theme, String language, ZoneId timezone, boolean highContrast, boolean largeText,
                       boolean screenReader, boolean reducedMotion) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    public static Settings defaults() {
        return new Settings(Theme.AUTO, "en", ZoneId.of("UTC"), false, false, false, false);
    }

    /** Validates raw values into {@code checks}; returns null when something was refused. */
    public static Settings check(Checks checks, String theme, String language, String timezone, boolean highContrast,
                                 boolean largeText, boolean screenReader, boolean reducedMotion) {
        Theme t = checks.enumValue("theme", theme, Theme.class);
        boolean languageOk = language != null && LANGUAGE.matcher(language).matches();
        checks.require(languageOk, "language", language, "must be a language tag such as en or pt-BR");
        ZoneId zone = null;
        try {
            zone = timezone == null ? null : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            zone = null;
        }
        checks.require(zone != null, "timezone", timezone, "must be a time zone id such as America/New_York");
        if (t == null || !languageOk || zone == null) {
            return null;
        }
        return new Settings(t, language, zone, highContrast, largeText, screenReader, reducedMotion);
    }
}
