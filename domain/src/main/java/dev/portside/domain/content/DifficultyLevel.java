package dev.portside.domain.content;

/** How demanding a content item is. */
public enum DifficultyLevel {
    BEGINNER, INTERMEDIATE, ADVANCED, EXPERT
}
