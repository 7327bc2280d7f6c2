package dev.portside.domain.circles;

import dev.portside.domain.kernel.Checks;
import io.vavr.control.Option;
import java.util.List;

/** What a member tells the community about themselves. */
public record Profile(String displayName, Option<String> bio, List<String> culturalBackground,
                      CommunicationStyle communicationStyle, DiagnosisStage diagnosisStage, List<String> supportNeeds) {

    public Profile {
        bio = bio == null ? Option.none() : bio;
        culturalBackground = List.copyOf(culturalBackground);
        supportNeeds = List.copyOf(supportNeeds);
    }

    /** Validates raw values into {@code checks}; returns null when something was refused. */
    public static Profile check(Checks checks, String displayName, String bio, List<String> culturalBackground,
                                String communicationStyle, String diagnosisStage, List<String> supportNeeds) {
        int before = checks.violations().size();
        String name = checks.text("displayName", displayName, 1, 100);
        String b = checks.optionalText("bio", bio, 0, 1000);
        List<String> backgrounds = Labels.of(checks, "culturalBackground", culturalBackground, 20, 60, false);
        CommunicationStyle style = checks.enumValue("communicationStyle", communicationStyle, CommunicationStyle.class);
        DiagnosisStage stage = checks.enumValue("diagnosisStage", diagnosisStage, DiagnosisStage.class);
        List<String> needs = Labels.of(checks, "supportNeeds", supportNeeds, 20, 60, false);
        if (checks.violations().size() > before) {
            return null;
        }
        return new Profile(name, Option.of(b).filter(s -> !s.isEmpty()), backgrounds, style, stage, needs);
    }
}
