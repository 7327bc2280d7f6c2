package dev.portside.domain.kernel;

/**
 * Where an adapter's support layer reports what a caller cannot see in the answer: a backend call it retried,
 * and a backend fault it turned into {@link Problem.Unavailable}. Reports go to the listener the running port call
 * installed on this thread ({@link #listenOnThisThread}); with none installed a report costs one thread-local read.
 */
public final class BackendEvents {

    /** Receives the reports of the calls made on the thread it is installed on. */
    public interface Listener {

        /** {@code backend} is about to run a call again; {@code reason} is one short line, never a payload. */
        void retried(String backend, String reason);

        /** {@code backend} failed and the support layer answered {@code problem}. */
        void failed(String backend, Problem.Unavailable problem);
    }

    private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

    private BackendEvents() {
    }

    public static void retried(String backend, String reason) {
        Listener listener = CURRENT.get();
        if (listener != null) {
            listener.retried(backend, reason);
        }
    }

    public static void failed(String backend, Problem.Unavailable problem) {
        Listener listener = CURRENT.get();
        if (listener != null) {
            listener.failed(backend, problem);
        }
    }

    /**
     * Installs {@code listener} for this thread (null clears it) and returns the one it replaces. Clearing keeps the
     * thread's slot, so that the next port call on the thread does not allocate a new one.
     */
    public static Listener listenOnThisThread(Listener listener) {
        Listener previous = CURRENT.get();
        CURRENT.set(listener);
        return previous;
    }
}
