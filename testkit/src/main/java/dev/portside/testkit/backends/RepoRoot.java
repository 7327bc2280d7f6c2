package dev.portside.testkit.backends;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository root (for scripts and the backends' env file) from the build or the working directory. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path find() throws IOException {
        String fromBuild = System.getenv("PORTSIDE_REPO_ROOT");
        if (fromBuild != null && Files.isDirectory(Path.of(fromBuild, "scripts"))) {
            return Path.of(fromBuild);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("scripts")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IOException("cannot find the Portside repository root from " + Path.of("").toAbsolutePath());
    }

    /**
     * A test backend setting: the environment variable, else the {@code export NAME=value} line that
     * {@code scripts/backends.sh start} wrote to {@code .backends/backends.env}.
     */
    public static Optional<String> setting(String name) {
        String value = System.getenv(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value);
        }
        try {
            Path file = find().resolve(".backends").resolve("backends.env");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (l.startsWith("export ")) {
                    l = l.substring(7);
                }
                int eq = l.indexOf('=');
                if (eq > 0 && l.substring(0, eq).equals(name)) {
                    return Optional.of(unquote(l.substring(eq + 1)));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
