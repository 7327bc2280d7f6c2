package dev.portside.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Portside's resolved configuration. Each declared key takes its value from, in order of precedence:
 * explicit overrides (hosts, tests), system properties {@code portside.*}, environment variables
 * {@code PORTSIDE_*} ({@code __} for a dot, {@code _} for a dash; {@code PORTSIDE_CONTENT_ADAPTER} also
 * works), the properties file named by {@code portside.config} / {@code PORTSIDE_CONFIG}, then defaults.
 * A host may resolve from its own map alone ({@link Resolver#isolated()}). Resolution validates every key,
 * alone and against the others (required keys, combinations that lose data), and fails with one
 * {@link ConfigException} listing every bad one. Secrets never appear in {@link #toString()} or in errors.
 * The registry of contexts ({@code ContextRegistry}) declares the keys and starts resolvers over them.
 */
public final class PortsideConfig {

    public static final String CONFIG_FILE_KEY = "portside.config";

    private final Map<String, ConfigKey> keys;
    private final Map<String, String> values;
    private final Map<String, String> origins;

    private PortsideConfig(Map<String, ConfigKey> keys, Map<String, String> values, Map<String, String> origins) {
        this.keys = keys;
        this.values = values;
        this.origins = origins;
    }

    /** A resolver over the given keys (the registry's, or a host's own). */
    public static Resolver from(Collection<ConfigKey> declared) {
        return new Resolver(declared);
    }

    public Collection<ConfigKey> keys() {
        return keys.values();
    }

    /** The value of a declared key (never null; empty when an optional key is not set). */
    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("undeclared configuration key " + key);
        }
        return value;
    }

    public Optional<String> optional(String key) {
        String value = get(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public long getLong(String key) {
        return Long.parseLong(get(key).strip());
    }

    public int getInt(String key) {
        return Math.toIntExact(getLong(key));
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key).strip());
    }

    public BigDecimal getDecimal(String key) {
        return new BigDecimal(get(key).strip());
    }

    public Duration getDuration(String key) {
        return ConfigKey.parseDuration(get(key)).orElseThrow();
    }

    public String profile() {
        return get(CoreKeys.PROFILE);
    }

    /** Where a key's value came from: override, system property, environment, file or default. */
    public String origin(String key) {
        return origins.getOrDefault(key, "default");
    }

    /** Every key with its value and origin; secrets show as {@code ****} (or {@code <not set>}). */
    public String describe() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> out.append(k).append(" = ").append(shown(k, v))
                .append("  (").append(origin(k)).append(")\n"));
        return out.toString();
    }

    private String shown(String key, String value) {
        if (keys.get(key).secret()) {
            return value.isEmpty() ? "<not set>" : "****";
        }
        return value;
    }

    @Override
    public String toString() {
        return "PortsideConfig{profile=" + profile() + ", keys=" + values.size() + "}";
    }

    /** Builds a {@link PortsideConfig} from the declared keys and the sources. */
    public static final class Resolver {
        private final Map<String, ConfigKey> declared = new LinkedHashMap<>();
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final Map<String, java.util.function.Function<String, String>> profileDefaults = new LinkedHashMap<>();
        private Map<String, String> systemProperties = currentSystemProperties();
        private Map<String, String> environment = System.getenv();
        private Path file;

        private Resolver(Collection<ConfigKey> keys) {
            for (ConfigKey key : keys) {
                if (declared.putIfAbsent(key.name(), key) != null) {
                    throw new IllegalArgumentException("configuration key declared twice: " + key.name());
                }
            }
        }

        /** Values that win over every other source. */
        public Resolver override(Map<String, String> values) {
            overrides.putAll(values);
            return this;
        }

        public Resolver override(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** Replaces the system properties and environment read (tests). */
        public Resolver sources(Map<String, String> systemProperties, Map<String, String> environment) {
            this.systemProperties = Map.copyOf(systemProperties);
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** Reads no system property and no environment variable: only overrides, the file and defaults. */
        public Resolver isolated() {
            return sources(Map.of(), Map.of());
        }

        /** The properties file to read (wins over {@code portside.config} from any source). */
        public Resolver file(Path properties) {
            this.file = properties;
            return this;
        }

        /** A default that depends on the profile (the adapter keys). */
        public Resolver profileDefault(String key, java.util.function.Function<String, String> byProfile) {
            profileDefaults.put(key, byProfile);
            return this;
        }

        public PortsideConfig resolve() {
            List<String> problems = new ArrayList<>();
            Map<String, String> file = readFile(problems);
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> origins = new LinkedHashMap<>();

            for (String key : overrides.keySet()) {
                if (!declared.containsKey(key) && !CONFIG_FILE_KEY.equals(key)) {
                    problems.add(key + ": unknown configuration key");
                }
            }
            for (String key : file.keySet()) {
                if (!declared.containsKey(key) && !CONFIG_FILE_KEY.equals(key)) {
                    problems.add(key + ": unknown configuration key (in " + fileName() + ")");
                }
            }

            String profileKey = CoreKeys.PROFILE;
            for (ConfigKey key : declared.values()) {
                Optional<String[]> found = lookup(key.name(), file);
                found.ifPresent(f -> {
                    values.put(key.name(), f[0]);
                    origins.put(key.name(), f[1]);
                });
            }
            String profile = values.getOrDefault(profileKey, declared.containsKey(profileKey)
                    ? declared.get(profileKey).defaultValue() : "inmemory");
            boolean profileValid = !declared.containsKey(profileKey) || declared.get(profileKey).check(profile).isEmpty();

            for (ConfigKey key : declared.values()) {
                if (!values.containsKey(key.name())) {
                    String fallback = key.defaultValue();
                    if (profileDefaults.containsKey(key.name()) && profileValid) {
                        fallback = profileDefaults.get(key.name()).apply(profile);
                        origins.put(key.name(), "profile " + profile);
                    }
                    values.put(key.name(), fallback == null ? "" : fallback);
                }
            }
            List<ConfigKey> valid = new ArrayList<>();
            for (ConfigKey key : declared.values()) {
                String value = values.get(key.name());
                boolean fromProfile = origins.getOrDefault(key.name(), "").startsWith("profile");
                if (fromProfile && !profileValid) {
                    continue;
                }
                Optional<String> refused = key.check(value);
                refused.ifPresent(reason -> problems.add(problem(key, value, reason, origins)));
                if (refused.isEmpty()) {
                    valid.add(key);
                }
            }
            if (profileValid) {
                for (ConfigKey key : valid) {
                    String value = values.get(key.name());
                    key.constraint().check(value, k -> values.getOrDefault(k, ""))
                            .ifPresent(reason -> problems.add(problem(key, value, reason, origins)));
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            return new PortsideConfig(Map.copyOf(declared), Map.copyOf(values), Map.copyOf(origins));
        }

        private static String problem(ConfigKey key, String value, String reason, Map<String, String> origins) {
            String shown = !key.secret() ? "'" + value + "'" : value.isEmpty() ? "<not set>" : "****";
            return key.name() + " = " + shown + ": " + reason
                    + " (" + origins.getOrDefault(key.name(), "default") + ")";
        }

        private Optional<String[]> lookup(String key, Map<String, String> file) {
            if (overrides.containsKey(key)) {
                return Optional.of(new String[] {overrides.get(key), "override"});
            }
            if (systemProperties.containsKey(key)) {
                return Optional.of(new String[] {systemProperties.get(key), "system property " + key});
            }
            for (String env : envNames(key)) {
                if (environment.containsKey(env)) {
                    return Optional.of(new String[] {environment.get(env), "environment " + env});
                }
            }
            if (file.containsKey(key)) {
                return Optional.of(new String[] {file.get(key), "file " + fileName()});
            }
            return Optional.empty();
        }

        /** {@code portside.s3.path-style} → {@code PORTSIDE_S3__PATH_STYLE}, then {@code PORTSIDE_S3_PATH_STYLE}. */
        static List<String> envNames(String key) {
            String rest = key.substring("portside.".length()).toUpperCase(Locale.ROOT);
            String strict = "PORTSIDE_" + rest.replace(".", "__").replace("-", "_");
            String loose = "PORTSIDE_" + rest.replace(".", "_").replace("-", "_");
            return strict.equals(loose) ? List.of(strict) : List.of(strict, loose);
        }

        private String fileName() {
            if (file != null) {
                return file.toString();
            }
            String name = overrides.get(CONFIG_FILE_KEY);
            if (name == null) {
                name = systemProperties.get(CONFIG_FILE_KEY);
            }
            if (name == null) {
                name = environment.get("PORTSIDE_CONFIG");
            }
            return name;
        }

        private Map<String, String> readFile(List<String> problems) {
            String name = fileName();
            if (name == null || name.isBlank()) {
                return Map.of();
            }
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                problems.add(CONFIG_FILE_KEY + " = '" + name + "': no such file");
                return Map.of();
            }
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(path)) {
                props.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(CONFIG_FILE_KEY + " = '" + name + "': cannot be read as a properties file (" + e.getMessage() + ")");
                return Map.of();
            }
            Map<String, String> out = new LinkedHashMap<>();
            props.stringPropertyNames().forEach(n -> out.put(n, props.getProperty(n)));
            return out;
        }

        private static Map<String, String> currentSystemProperties() {
            Map<String, String> out = new LinkedHashMap<>();
            System.getProperties().stringPropertyNames().stream()
                    .filter(n -> n.startsWith("portside."))
                    .forEach(n -> out.put(n, System.getProperty(n)));
            return out;
        }
    }
}
