package dev.portside.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One configuration key: its name ({@code portside.x.y}), default, what it accepts, and whether it is a
 * secret (never printed). {@link #check} returns the reason a value is refused, naming what is accepted;
 * its {@link Constraint} checks it against the other resolved keys (required by another key's choice, a
 * combination that loses data), so every refusal happens when the configuration is resolved.
 */
public record ConfigKey(String name, String defaultValue, String accepted, String description, boolean secret,
                        Function<String, Optional<String>> validator, Constraint constraint) {

    /** A check of a key's value against the other resolved values; answers the reason it is refused. */
    @FunctionalInterface
    public interface Constraint {
        Optional<String> check(String value, Function<String, String> others);
    }

    public ConfigKey(String name, String defaultValue, String accepted, String description, boolean secret,
                     Function<String, Optional<String>> validator) {
        this(name, defaultValue, accepted, description, secret, validator, (value, others) -> Optional.empty());
    }

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(constraint, "constraint");
        if (!name.startsWith("portside.")) {
            throw new IllegalArgumentException("configuration keys start with 'portside.': " + name);
        }
    }

    public Optional<String> check(String value) {
        return validator.apply(value);
    }

    /** This key, also checked against the other resolved keys. */
    public ConfigKey constrained(Constraint more) {
        Constraint first = constraint;
        return new ConfigKey(name, defaultValue, accepted, description, secret, validator,
                (value, others) -> first.check(value, others).or(() -> more.check(value, others)));
    }

    /** This key, which must be set when {@code otherKey} has {@code otherValue}. */
    public ConfigKey requiredWhen(String otherKey, String otherValue) {
        return new ConfigKey(name, defaultValue, accepted + ", required when " + otherKey + "=" + otherValue, description,
                secret, validator, constraint).constrained((value, others) -> value.isEmpty() && otherValue.equals(others.apply(otherKey))
                ? Optional.of("is required when " + otherKey + "=" + otherValue) : Optional.empty());
    }

    /**
     * A switch that accepts a risk: while it is {@code false}, {@code risk} (over the other keys) names the
     * data the configuration would lose, and resolution refuses it.
     */
    public static ConfigKey acceptRisk(String name, String description, Function<Function<String, String>, Optional<String>> risk) {
        return bool(name, false, description).constrained((value, others) -> "true".equals(value) ? Optional.empty()
                : risk.apply(others).map(r -> r + "; use durable stores or set " + name + "=true to accept the risk"));
    }

    public static ConfigKey oneOf(String name, String defaultValue, String description, List<String> values) {
        List<String> accepted = List.copyOf(values);
        return new ConfigKey(name, defaultValue, String.join("|", accepted), description, false,
                v -> accepted.contains(v) ? Optional.empty() : Optional.of("must be one of " + String.join(", ", accepted)));
    }

    public static ConfigKey text(String name, String defaultValue, String description) {
        return new ConfigKey(name, defaultValue, "text", description, false,
                v -> v.isBlank() ? Optional.of("must not be blank") : Optional.empty());
    }

    /** Optional text: an empty value means "not set". */
    public static ConfigKey optionalText(String name, String description) {
        return new ConfigKey(name, "", "text (optional)", description, false, v -> Optional.empty());
    }

    /** A secret: never shown in errors, logs or {@code toString}. Empty means "not set". */
    public static ConfigKey secret(String name, String description) {
        return new ConfigKey(name, "", "secret text (optional)", description, true, v -> Optional.empty());
    }

    public static ConfigKey integer(String name, long defaultValue, long min, long max, String description) {
        return new ConfigKey(name, Long.toString(defaultValue), "integer " + min + ".." + max, description, false, v -> {
            try {
                long n = Long.parseLong(v.strip());
                return n < min || n > max ? Optional.of("must be an integer between " + min + " and " + max) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("must be an integer between " + min + " and " + max);
            }
        });
    }

    public static ConfigKey bool(String name, boolean defaultValue, String description) {
        return oneOf(name, Boolean.toString(defaultValue), description, List.of("true", "false"));
    }

    public static ConfigKey decimal(String name, String defaultValue, String min, String max, String description) {
        java.math.BigDecimal lo = new java.math.BigDecimal(min);
        java.math.BigDecimal hi = new java.math.BigDecimal(max);
        return new ConfigKey(name, defaultValue, "decimal " + min + ".." + max, description, false, v -> {
            try {
                java.math.BigDecimal d = new java.math.BigDecimal(v.strip());
                return d.compareTo(lo) < 0 || d.compareTo(hi) > 0
                        ? Optional.of("must be a decimal between " + min + " and " + max) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("must be a decimal between " + min + " and " + max);
            }
        });
    }

    /** A duration such as {@code 90d}, {@code 12h}, {@code 10m}, {@code 30s}, {@code 250ms} or ISO-8601 {@code PT10M}. */
    public static ConfigKey duration(String name, String defaultValue, String description) {
        return new ConfigKey(name, defaultValue, "duration (e.g. 90d, 12h, 10m, 30s, 250ms)", description, false,
                v -> parseDuration(v).isPresent() ? Optional.empty()
                        : Optional.of("must be a duration such as 90d, 12h, 10m, 30s or 250ms"));
    }

    /** A duration of at least {@code min} (deadlines, timeouts). */
    public static ConfigKey duration(String name, String defaultValue, Duration min, String description) {
        String reason = "must be a duration of at least " + min.toMillis() + "ms (e.g. 30s, 250ms)";
        return new ConfigKey(name, defaultValue, "duration >= " + min.toMillis() + "ms (e.g. 30s, 250ms)", description, false,
                v -> parseDuration(v).filter(d -> d.compareTo(min) >= 0).isPresent() ? Optional.empty() : Optional.of(reason));
    }

    /** An absolute http(s) URL; empty means "not set" (use the SDK's default endpoint). */
    public static ConfigKey endpoint(String name, String description) {
        return new ConfigKey(name, "", "http(s) URL (optional)", description, false, v -> {
            if (v.isEmpty()) {
                return Optional.empty();
            }
            try {
                URI uri = URI.create(v);
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                        ? Optional.empty() : Optional.of("must be an http:// or https:// URL");
            } catch (IllegalArgumentException e) {
                return Optional.of("must be an http:// or https:// URL");
            }
        });
    }

    public static Optional<Duration> parseDuration(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String v = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Optional.of(Duration.parse(v.toUpperCase(Locale.ROOT))).filter(d -> !d.isNegative());
            }
            for (String[] unit : UNITS) {
                if (v.endsWith(unit[0]) && v.length() > unit[0].length()) {
                    long n = Long.parseLong(v.substring(0, v.length() - unit[0].length()));
                    if (n < 0) {
                        return Optional.empty();
                    }
                    return Optional.of(Duration.ofMillis(Math.multiplyExact(n, Long.parseLong(unit[1]))));
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final String[][] UNITS = Arrays.asList(
            new String[] {"ms", "1"}, new String[] {"s", "1000"}, new String[] {"m", "60000"},
            new String[] {"h", "3600000"}, new String[] {"d", "86400000"}).toArray(new String[0][]);
}
