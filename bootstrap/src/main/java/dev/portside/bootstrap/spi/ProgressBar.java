package dev.portside.bootstrap.spi;

import java.io.PrintStream;

/**
 * A one-line text progress bar for long CLI work: {@code label [#######.......]  50% 500/1000}.
 * Redrawn in place when the output is a terminal, at most every whole percent otherwise.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean interactive;
    private long done;
    private int shownPercent = -1;

    public ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 0);
        this.interactive = System.console() != null;
    }

    public synchronized void step(long count) {
        done = Math.min(total, done + count);
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (percent != shownPercent && (interactive || percent % 10 == 0 || done == total)) {
            shownPercent = percent;
            out.print((interactive ? "\r" : "") + render(percent) + (interactive ? "" : "\n"));
            out.flush();
        }
    }

    public synchronized void done() {
        if (shownPercent != 100) {
            done = total;
            shownPercent = 100;
            out.print((interactive ? "\r" : "") + render(100) + (interactive ? "" : "\n"));
        }
        if (interactive) {
            out.println();
        }
        out.flush();
    }

    String render(int percent) {
        int filled = percent * WIDTH / 100;
        return String.format("%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total);
    }
}
