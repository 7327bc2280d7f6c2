package dev.portside.bootstrap.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;

/**
 * The console appender of {@code logback.xml}: writes to standard error, except while the CLI runs a command,
 * when lines are held and written after the command's output ({@link #hold()}, {@link #release()}), so that a
 * log line never lands inside what a command prints. At most {@value #LIMIT} lines are held; more are counted.
 */
public final class HeldLogs extends ConsoleAppender<ILoggingEvent> {

    static final int LIMIT = 1_000;
    private static final Object LOCK = new Object();
    private static List<ILoggingEvent> held;
    private static int dropped;
    private static final List<HeldLogs> APPENDERS = new ArrayList<>();

    @Override
    public void start() {
        super.start();
        synchronized (LOCK) {
            APPENDERS.add(this);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (LOCK) {
            if (held != null) {
                event.prepareForDeferredProcessing();
                if (held.size() < LIMIT) {
                    held.add(event);
                } else {
                    dropped++;
                }
                return;
            }
        }
        super.append(event);
    }

    /** Holds every line logged from now on until {@link #release()}. */
    static void hold() {
        synchronized (LOCK) {
            if (held == null) {
                held = new ArrayList<>();
                dropped = 0;
            }
        }
    }

    /** Writes the held lines, in order, and stops holding. */
    static void release() {
        List<ILoggingEvent> lines;
        int lost;
        List<HeldLogs> appenders;
        synchronized (LOCK) {
            lines = held;
            lost = dropped;
            held = null;
            appenders = List.copyOf(APPENDERS);
        }
        if (lines == null) {
            return;
        }
        for (HeldLogs appender : appenders) {
            lines.forEach(appender::doAppendReleased);
        }
        if (lost > 0) {
            System.err.println("portside: " + lost + " more log line(s) were dropped");
        }
    }

    private void doAppendReleased(ILoggingEvent event) {
        super.append(event);
    }
}
