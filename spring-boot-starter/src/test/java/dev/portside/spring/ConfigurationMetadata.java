package dev.portside.spring;

import dev.portside.bootstrap.ContextRegistry;
import dev.portside.bootstrap.config.ConfigKey;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spring Boot's configuration metadata ({@code META-INF/spring-configuration-metadata.json}) for every key of
 * Portside's registry: name, type, description, default and, for a key with a fixed set of values, those
 * values as hints. {@link ConfigurationMetadataTest} keeps the file in the starter equal to it.
 */
final class ConfigurationMetadata {

    private static final Pattern CHOICES = Pattern.compile("[A-Za-z0-9_.-]+(\\|[A-Za-z0-9_.-]+)+");

    private ConfigurationMetadata() {
    }

    static String json(ContextRegistry registry) {
        List<ConfigKey> keys = registry.keys().stream().sorted(Comparator.comparing(ConfigKey::name)).toList();
        String properties = keys.stream().map(ConfigurationMetadata::property).collect(Collectors.joining(",\n"));
        String hints = keys.stream().filter(k -> choices(k) != null).map(ConfigurationMetadata::hint)
                .collect(Collectors.joining(",\n"));
        return "{\n  \"groups\": [\n    {\"name\": \"portside\", \"description\": \"Portside, resolved and validated by "
                + "Portside's own configuration registry\"}\n  ],\n  \"properties\": [\n" + properties + "\n  ],\n"
                + "  \"hints\": [\n" + hints + "\n  ]\n}\n";
    }

    private static String property(ConfigKey key) {
        StringBuilder out = new StringBuilder("    {\"name\": ").append(quote(key.name()))
                .append(", \"type\": ").append(quote(type(key)))
                .append(", \"description\": ").append(quote(description(key)));
        if (!key.defaultValue().isEmpty() && !key.secret()) {
            out.append(", \"defaultValue\": ").append(quote(key.defaultValue()));
        }
        return out.append("}").toString();
    }

    private static String hint(ConfigKey key) {
        return "    {\"name\": " + quote(key.name()) + ", \"values\": [" + java.util.Arrays.stream(choices(key))
                .map(v -> "{\"value\": " + quote(v) + "}").collect(Collectors.joining(", ")) + "]}";
    }

    private static String type(ConfigKey key) {
        String accepted = key.accepted();
        if (accepted.startsWith("true|false") || accepted.startsWith("false|true")) {
            return "java.lang.Boolean";
        }
        if (accepted.startsWith("integer ")) {
            return "java.lang.Long";
        }
        if (accepted.startsWith("decimal ")) {
            return "java.math.BigDecimal";
        }
        return "java.lang.String";
    }

    private static String[] choices(ConfigKey key) {
        String first = key.accepted().split(",", 2)[0].strip();
        return CHOICES.matcher(first).matches() && !type(key).equals("java.lang.Boolean") ? first.split("\\|") : null;
    }

    private static String description(ConfigKey key) {
        String text = key.description().strip();
        String end = text.endsWith(".") ? "" : ".";
        return text + end + " Accepts: " + key.accepted() + "." + (key.secret() ? " A secret: never printed." : "");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
