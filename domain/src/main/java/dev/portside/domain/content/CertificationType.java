package dev.portside.domain.content;

/** The AWS certifications content is written for, plus {@code GENERAL} for content that fits all. */
public enum CertificationType {
    CLF, AIF, SAA, DVA, SOA, DEA, MLA, SAP, DOP, ANS, SCS, MLS, DBS, DAS, PAS, GENERAL
}
