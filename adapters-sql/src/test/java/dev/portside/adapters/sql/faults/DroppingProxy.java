package dev.portside.adapters.sql.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP proxy on a loopback port that drops the connection of the next exchange whose request mentions
 * {@code marker}: {@code BEFORE} it reaches the server, or {@code AFTER} the server has run it and started to answer
 * (the answer never reaches the client).
 */
final class DroppingProxy implements AutoCloseable {

    enum Drop { BEFORE, AFTER }

    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final String marker;
    private volatile Drop armed;
    private volatile int dropped;

    DroppingProxy(String upstreamHost, int upstreamPort, String marker) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.marker = marker;
        Thread acceptor = new Thread(this::accept, "dropping-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void arm(Drop drop) {
        armed = drop;
    }

    int dropped() {
        return dropped;
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket(upstreamHost, upstreamPort);
                boolean[] answerDropped = {false};
                start(() -> pump(client, server, true, answerDropped));
                start(() -> pump(server, client, false, answerDropped));
            }
        } catch (IOException closed) {
            // the proxy is closed
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "dropping-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(Socket from, Socket to, boolean request, boolean[] dropAnswer) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (dropAnswer) {
                    if (request && armed != null && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).toUpperCase()
                            .contains(marker)) {
                        if (armed == Drop.BEFORE) {
                            drop(from, to);
                            return;
                        }
                        dropAnswer[0] = true;
                        armed = null;
                    } else if (!request && dropAnswer[0]) {
                        drop(from, to);
                        return;
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void drop(Socket a, Socket b) {
        armed = null;
        dropped++;
        closeQuietly(a);
        closeQuietly(b);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
