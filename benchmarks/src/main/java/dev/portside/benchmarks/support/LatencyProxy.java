package dev.portside.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on a loopback port that delays every byte by a fixed time in each direction, to put a network round
 * trip (2 ms each way is about a same-region round trip to DynamoDB) between a client and a test server on the same
 * machine. Bytes keep their order and are never held back longer than the delay: each chunk read is stamped and
 * written out when its time comes, so a stream of requests on one connection is delayed, not serialised. Counts
 * connections accepted.
 *
 * <pre>{@code
 * try (LatencyProxy proxy = LatencyProxy.start(server, Duration.ofMillis(2))) {
 *     DynamoDbClient client = DynamoDbBackend.newClient(proxy.endpoint());
 * }
 * }</pre>
 */
public final class LatencyProxy implements AutoCloseable {

    private record Chunk(long due, byte[] bytes) {
    }

    private static final Chunk END = new Chunk(0, new byte[0]);

    private final InetSocketAddress target;
    private final long delayNanos;
    private final ServerSocket listener;
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean closed;

    private LatencyProxy(InetSocketAddress target, Duration delay) throws IOException {
        this.target = target;
        this.delayNanos = delay.toNanos();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "latency-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to {@code target} (an {@code http://host:port} endpoint) adding {@code delay} each way. */
    public static LatencyProxy start(URI target, Duration delay) {
        try {
            return new LatencyProxy(new InetSocketAddress(target.getHost(), target.getPort()), delay);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The proxy's own endpoint, to give the client instead of the server's. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public long connections() {
        return connections.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(target, 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                connections.incrementAndGet();
                pipe(client, server, "up");
                pipe(server, client, "down");
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("latency proxy: " + e);
                }
            }
        }
    }

    /** One direction: a reader stamps each chunk, a writer sends it when its delay has passed. */
    private void pipe(Socket from, Socket to, String direction) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    queue.add(new Chunk(System.nanoTime() + delayNanos, Arrays.copyOf(buffer, read)));
                }
            } catch (IOException ignored) {
                // the other side closed: pass the end on
            } finally {
                queue.add(END);
            }
        }, "latency-proxy-" + direction + "-read");
        Thread writer = new Thread(() -> {
            try (OutputStream out = to.getOutputStream()) {
                for (Chunk chunk; (chunk = queue.take()) != END; ) {
                    for (long wait; (wait = chunk.due() - System.nanoTime()) > 0; ) {
                        LockSupport.parkNanos(wait);
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException ignored) {
                // closed on either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "latency-proxy-" + direction + "-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
