package dev.portside.application.circles;

import dev.portside.application.circles.CommunityCommands.MemberForm;
import dev.portside.domain.circles.Email;
import dev.portside.domain.circles.Labels;
import dev.portside.domain.circles.Member;
import dev.portside.domain.circles.MemberStats;
import dev.portside.domain.circles.Preferences;
import dev.portside.domain.circles.Profile;
import dev.portside.domain.circles.ProfileVisibility;
import dev.portside.domain.circles.Settings;
import dev.portside.domain.kernel.UserId;
import dev.portside.domain.kernel.Checks;
import dev.portside.domain.kernel.Revision;
import dev.portside.domain.kernel.TenantId;
import java.time.Instant;
import java.util.List;

/** Turns a {@link MemberForm} into validated member parts, collecting every violation. */
final class MemberFactory {

    private MemberFactory() {
    }

    record Parts(Email email, Profile profile, Preferences preferences, Settings settings, List<String> goals) {
    }

    static Parts check(Checks checks, MemberForm f) {
        if (f == null) {
            checks.notNull("form", null);
            return null;
        }
        int before = checks.violations().size();
        Email email = checks.take(Email.of(f.email()));
        Profile profile = Profile.check(checks, f.displayName(), f.bio(), f.culturalBackground(),
                f.communicationStyle(), f.diagnosisStage(), f.supportNeeds());
        ProfileVisibility visibility = checks.enumValue("profileVisibility", f.profileVisibility(),
                ProfileVisibility.class);
        Settings settings = Settings.check(checks, f.theme(), f.language(), f.timezone(), f.highContrast(),
                f.largeText(), f.screenReader(), f.reducedMotion());
        List<String> goals = Labels.of(checks, "primaryGoals", f.primaryGoals(), 10, 100, false);
        if (checks.violations().size() > before) {
            return null;
        }
        return new Parts(email, profile, new Preferences(visibility, f.emailNotifications(), f.pushNotifications(),
                f.weeklyDigest()), settings, goals);
    }

    static Member newMember(TenantId tenant, UserId id, Parts p, Instant now) {
        return new Member(tenant, id, p.email(), p.profile(), p.preferences(), p.settings(), p.goals(), false, true,
                MemberStats.ZERO, now, now, now, Revision.INITIAL);
    }
}
