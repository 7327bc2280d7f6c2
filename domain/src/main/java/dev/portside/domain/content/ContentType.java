package dev.portside.domain.content;

/** What kind of learning material a content item is. */
public enum ContentType {
    STUDY_GUIDE, PRACTICE_EXAM, QUESTION_BANK, VIDEO, LAB, DOCUMENTATION, WHITEPAPER, CHEAT_SHEET
}
