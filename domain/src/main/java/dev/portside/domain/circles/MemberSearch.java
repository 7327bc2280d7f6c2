package dev.portside.domain.circles;

import io.vavr.control.Option;

/**
 * Member search criteria, all optional and combined with AND: a cultural background and a support need (each
 * matched case-insensitively against one list entry) and a diagnosis stage. Results come ordered by member id.
 */
public record MemberSearch(Option<String> culturalBackground, Option<String> supportNeed,
                           Option<DiagnosisStage> diagnosisStage) {

    public MemberSearch {
        culturalBackground = culturalBackground == null ? Option.none() : culturalBackground;
        supportNeed = supportNeed == null ? Option.none() : supportNeed;
        diagnosisStage = diagnosisStage == null ? Option.none() : diagnosisStage;
    }

    public boolean matches(Member m) {
        return culturalBackground.forAll(b -> m.profile().culturalBackground().stream().anyMatch(b::equalsIgnoreCase))
                && supportNeed.forAll(n -> m.profile().supportNeeds().stream().anyMatch(n::equalsIgnoreCase))
                && diagnosisStage.forAll(s -> s == m.profile().diagnosisStage());
    }

    /** A stable text form, used in cursor fingerprints. */
    public String fingerprint() {
        return culturalBackground.getOrElse("") + "|" + supportNeed.getOrElse("") + "|"
                + diagnosisStage.map(Enum::name).getOrElse("");
    }
}
