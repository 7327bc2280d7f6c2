package dev.portside.adapters.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants the adapters write ({@code 2026-01-01T00:00:00Z}, {@code 2026-01-01T00:00:00.000Z}, any fraction
 * of one to nine digits: {@link Instant#toString} and the content tables' fixed millisecond format) without the
 * general parser, which builds a parse context, a field map and several {@code BigDecimal}s per call and took most
 * of an item's mapping time and allocation. Any other text, and any date or time a direct reading cannot place (a
 * 30th of February, 24:00, a leap second), goes to {@link Instant#parse}, which reads or refuses it as before.
 */
public final class Instants {

    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Instants() {
    }

    /** The instant {@code text} denotes, exactly as {@link Instant#parse} reads it. */
    public static Instant parse(String text) {
        int length = text.length();
        if (length >= 20 && length != 21 && length <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(length - 1) == 'Z' && (length == 20 || text.charAt(19) == '.')) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
            if ((year | month | day | hour | minute | second | fraction) >= 0 && hour < 24 && minute < 60
                    && second < 60 && month >= 1 && month <= 12 && day >= 1) {
                try {
                    long epochDay = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second,
                            length == 20 ? 0 : (long) fraction * SCALE[length - 21]);
                } catch (DateTimeException e) {
                    return Instant.parse(text); // a day the month does not have: the general parser reports it
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
