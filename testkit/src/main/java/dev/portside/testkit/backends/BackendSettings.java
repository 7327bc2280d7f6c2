package dev.portside.testkit.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tests find their backends: configuration only, never a guess about the file tree. A setting
 * ({@code PORTSIDE_TEST_DYNAMODB_ENDPOINT}, {@code PORTSIDE_TEST_DYNAMODB_SERVER} ...) is the system
 * property of that name, else the environment variable, else its {@code export NAME=value} line in the
 * file {@value #ENV_FILE} names (the one {@code scripts/backends.sh start} writes).
 */
public final class BackendSettings {

    /** The setting naming an env file of {@code export NAME=value} lines, consulted last. */
    public static final String ENV_FILE = "PORTSIDE_TEST_BACKENDS_ENV";

    private BackendSettings() {
    }

    public static Optional<String> get(String name) {
        return direct(name).or(() -> direct(ENV_FILE).flatMap(file -> fromFile(Path.of(file), name)));
    }

    /** The setting, or an {@link IllegalStateException} naming it (a backend turns it into a skip). */
    public static String require(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException(name + " is not set"));
    }

    private static Optional<String> direct(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(value -> !value.isBlank());
    }

    private static Optional<String> fromFile(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file).stream()
                    .map(line -> line.strip().replaceFirst("^export\\s+", ""))
                    .filter(line -> line.startsWith(name + "="))
                    .map(line -> unquote(line.substring(name.length() + 1)))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
