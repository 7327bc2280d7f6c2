package dev.portside.domain.circles;

import dev.portside.domain.kernel.Checks;
import java.util.List;

/** How a circle admits members: approval switch, capacity (2..10000), cultural focus, moderation level. */
public record CircleSettings(boolean requireApproval, int maxMembers, List<String> culturalFocus,
                             ModerationLevel moderationLevel) {

    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 10_000;

    public CircleSettings {
        culturalFocus = List.copyOf(culturalFocus);
    }

    /** Validates raw values into {@code checks}; returns null when something was refused. */
    public static CircleSettings check(Checks checks, boolean requireApproval, int maxMembers,
                                       List<String> culturalFocus, String moderationLevel) {
        int before = checks.violations().size();
        checks.range("maxMembers", maxMembers, MIN_MEMBERS, MAX_MEMBERS);
        List<String> focus = Labels.of(checks, "culturalFocus", culturalFocus, 20, 60, false);
        ModerationLevel level = checks.enumValue("moderationLevel", moderationLevel, ModerationLevel.class);
        return checks.violations().size() > before ? null : new CircleSettings(requireApproval, maxMembers, focus, level);
    }
}
