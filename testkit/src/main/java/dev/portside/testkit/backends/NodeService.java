package dev.portside.testkit.backends;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a Node test server script (its path comes from configuration, e.g. the repository's
 * {@code scripts/dynamodb/server.js}) on a free loopback port for this JVM, installing its locked npm
 * dependencies first when they are missing, and stops it when the JVM exits. The server prints
 * {@code listening on 127.0.0.1:<port>} when ready.
 */
public final class NodeService {

    private final Process process;
    private final int port;

    private NodeService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Starts {@code node <script> --port <free> <extraArgs>} and waits until it is ready. */
    public static NodeService start(Path script, List<String> extraArgs, Duration timeout) throws IOException {
        if (!Files.isRegularFile(script)) {
            throw new IOException(script + " is missing");
        }
        Path dir = script.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            try {
                run(dir, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            } catch (IOException lockWithoutOtherPlatforms) {
                run(dir, Duration.ofMinutes(5), "npm", "install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error");
            }
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("node", script.toString(), "--port", Integer.toString(port)));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Instant deadline = Instant.now().plus(timeout);
        StringBuilder log = new StringBuilder();
        while (Instant.now().isBefore(deadline)) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            log.append(line).append('\n');
            if (line.contains("listening on")) {
                Thread drain = new Thread(() -> drain(out), "node-" + dir.getFileName() + "-output");
                drain.setDaemon(true);
                drain.start();
                return new NodeService(process, port);
            }
        }
        process.destroyForcibly();
        throw new IOException(script + " did not start: " + log);
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe empty so the server never blocks on its output
            }
        } catch (IOException ignored) {
            // the server stopped
        }
    }

    static void run(Path dir, Duration timeout, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed in " + dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
