package dev.portside.adapters.sql.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.sql.content.PostgresContentRepository;
import dev.portside.adapters.sql.support.Guard;
import dev.portside.adapters.sql.support.Retries;
import dev.portside.domain.content.CertificationType;
import dev.portside.domain.content.ContentId;
import dev.portside.domain.content.ContentKey;
import dev.portside.domain.kernel.Problem;
import dev.portside.domain.kernel.TenantId;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that accepts connections and never answers: with the driver's connect and socket timeouts set, a call gets
 * a retriable {@code Unavailable} once its reruns reach the guard's deadline, never a hang.
 */
class SilentServerTest {

    private ServerSocket server;
    private final List<Socket> accepted = new ArrayList<>();

    @BeforeEach
    void silentServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket socket = server.accept();
                    synchronized (accepted) {
                        accepted.add(socket);
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
        synchronized (accepted) {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private Jdbi jdbi() {
        return Jdbi.create("jdbc:postgresql://127.0.0.1:" + server.getLocalPort()
                + "/portside?connectTimeout=1&socketTimeout=1", "portside", "portside");
    }

    @Test
    void a_read_from_a_server_that_never_answers_is_retriable_unavailable_within_the_deadline() {
        Duration deadline = Duration.ofSeconds(3);
        Guard guard = Guard.postgres(jdbi()).retrying(new Retries(10, Duration.ofMillis(20), Duration.ofMillis(200),
                deadline));
        long start = System.nanoTime();
        Either<Problem, Integer> result = guard.read("ping", h -> h.createQuery("select 1").mapTo(Integer.class).one());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class, u -> {
            assertThat(u.backend()).isEqualTo("postgres");
            assertThat(u.retriable()).isTrue();
            assertThat(u.cause()).startsWith("ping: connection lost");
        });
        assertThat(took).as("deadline plus one socket timeout").isLessThan(deadline.plusSeconds(3));
        assertThat(accepted).as("connections tried").hasSizeGreaterThan(1);
    }

    @Test
    void an_adapter_write_to_a_server_that_never_answers_is_retriable_unavailable_within_the_standard_deadline() {
        long start = System.nanoTime();
        Either<Problem, ContentKey> result = new PostgresContentRepository(jdbi(), Stores.CODEC)
                .delete(new TenantId("t1"), new ContentKey(new ContentId("c1"), CertificationType.SAA),
                        dev.portside.domain.kernel.Revision.INITIAL);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.getLeft()).isInstanceOfSatisfying(Problem.Unavailable.class,
                u -> assertThat(u.retriable()).isTrue());
        assertThat(took).isLessThan(Retries.STANDARD.deadline().plusSeconds(3));
    }
}
