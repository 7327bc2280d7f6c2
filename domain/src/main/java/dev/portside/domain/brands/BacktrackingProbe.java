package dev.portside.domain.brands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bounded match test for catastrophic backtracking. It runs the pattern against adversarial
 * inputs (characters of the pattern pumped {@value #PUMP} times, then a character that breaks the
 * match) through a {@link CharSequence} that counts {@code charAt} calls and aborts past a budget
 * per input and a budget for the whole test.
 * Single-threaded, pure {@code java.*}: nothing keeps running after it answers.
 *
 * <p>The JDK memoises some loops, which hides nested-quantifier blow-ups that classic backtracking
 * engines (Python's {@code re}, PCRE, JavaScript) still suffer, and brand patterns leave this JVM.
 * The probe therefore appends an empty back-reference, which turns that memo off without changing
 * what the pattern matches.
 */
final class BacktrackingProbe {

    static final int PUMP = 32;
    static final long BUDGET = 5_000_000;
    static final long TOTAL_BUDGET = 40_000_000;
    private static final String SAMPLES = "aA0 _.-";
    private static final String BREAKERS = "!\n\u0000";

    private BacktrackingProbe() {
    }

    private static final String UNMEMOISED_SUFFIX = ")(?<portsideProbe>)\\k<portsideProbe>";

    static boolean survives(Pattern compiled) {
        Pattern pattern = unmemoised(compiled);
        CountingSequence counter = new CountingSequence();
        try {
            for (String pump : pumps(pattern.pattern())) {
                for (int b = 0; b < BREAKERS.length(); b++) {
                    counter.reset(pump.repeat(PUMP / pump.length()) + BREAKERS.charAt(b));
                    pattern.matcher(counter).find();
                }
            }
            return true;
        } catch (BudgetExceeded | StackOverflowError e) {
            return false;
        }
    }

    private static Pattern unmemoised(Pattern compiled) {
        try {
            return Pattern.compile("(?:" + compiled.pattern() + UNMEMOISED_SUFFIX, compiled.flags());
        } catch (RuntimeException e) {
            return compiled;
        }
    }

    private static List<String> pumps(String source) {
        Set<Character> chars = new LinkedHashSet<>();
        for (int i = 0; i < source.length() && chars.size() < 12; i++) {
            char c = source.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-' || c == '@' || c == '#') {
                chars.add(c);
            }
        }
        for (int i = 0; i < SAMPLES.length(); i++) {
            chars.add(SAMPLES.charAt(i));
        }
        List<String> pumps = new ArrayList<>();
        for (char a : chars) {
            pumps.add(String.valueOf(a));
        }
        for (char a : chars) {
            for (char b : chars) {
                if (a != b) {
                    pumps.add("" + a + b);
                }
            }
        }
        return pumps;
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private static final class CountingSequence implements CharSequence {
        private String text = "";
        private long steps;
        private long total;

        void reset(String newText) {
            text = newText;
            steps = 0;
        }

        @Override
        public char charAt(int index) {
            if (++steps > BUDGET || ++total > TOTAL_BUDGET) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
