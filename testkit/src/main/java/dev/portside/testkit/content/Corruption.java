package dev.portside.testkit.content;

import java.util.function.UnaryOperator;

/** One way to break a valid command, and the field whose violation it must produce. */
public record Corruption<T>(String field, String description, UnaryOperator<T> apply) {

    @Override
    public String toString() {
        return field + ": " + description;
    }
}
