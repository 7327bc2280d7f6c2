package dev.portside.domain.realtime;

import io.vavr.control.Option;

/**
 * A strict RFC 8259 syntax check for a document that must be one JSON object: no trailing commas,
 * no comments, no single quotes, no leading zeros, no raw control characters in strings, nesting at
 * most {@value #MAX_DEPTH} deep, nothing but whitespace after the closing brace.
 */
public final class JsonObjectSyntax {

    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private JsonObjectSyntax(String text) {
        this.text = text;
    }

    /** None when {@code text} is a well-formed JSON object, else why not (with the offending offset). */
    public static Option<String> problemWith(String text) {
        JsonObjectSyntax reader = new JsonObjectSyntax(text);
        try {
            reader.whitespace();
            if (reader.peek() != '{') {
                return Option.some("must be a JSON object (starting with '{') at offset " + reader.pos);
            }
            reader.value(1);
            reader.whitespace();
            if (reader.pos != text.length()) {
                throw reader.error("unexpected text after the object");
            }
            return Option.none();
        } catch (SyntaxError e) {
            return Option.some(e.getMessage());
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        whitespace();
        char c = peek();
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw error("expected a value");
                }
            }
        }
    }

    private void object(int depth) {
        pos++;
        whitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            whitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            string();
            whitespace();
            expect(':');
            value(depth + 1);
            whitespace();
            char c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private void array(int depth) {
        pos++;
        whitespace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value(depth + 1);
            whitespace();
            char c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private void string() {
        pos++;
        while (true) {
            char c = next();
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                pos--;
                throw error(c == 0 && pos >= text.length() ? "unterminated string" : "raw control character in a string");
            }
            if (c == '\\') {
                char e = next();
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (!isHex(next())) {
                            pos--;
                            throw error("expected four hex digits after \\u");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0 || e == 0) {
                    pos--;
                    throw error("invalid escape");
                }
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek()) && peek() != '0') {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            pos++;
            requireDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigits();
        }
    }

    private void requireDigits() {
        if (!isDigit(peek())) {
            throw error("expected a digit");
        }
        digits();
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("expected '" + word + "'");
        }
        pos += word.length();
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw error("expected '" + wanted + "'");
        }
        pos++;
    }

    private void whitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The current char, or NUL at the end (NUL is never valid outside strings and is refused inside). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private SyntaxError error(String what) {
        return new SyntaxError(pos >= text.length() ? what + " at the end of the text" : what + " at offset " + pos);
    }

    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }
}
