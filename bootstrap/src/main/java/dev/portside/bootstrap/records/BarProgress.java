package dev.portside.bootstrap.records;

import dev.portside.application.records.WorkProgress;
import dev.portside.bootstrap.spi.ProgressBar;
import java.io.PrintStream;

/** Draws a long job's {@link WorkProgress} on a {@link ProgressBar}, created once the total is known. */
final class BarProgress implements WorkProgress {

    private final PrintStream out;
    private final String label;
    private ProgressBar bar;
    private long shown;

    BarProgress(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public void advanced(long done, long total) {
        if (bar == null) {
            bar = new ProgressBar(out, label, total);
        }
        bar.step(done - shown);
        shown = done;
    }

    void finish() {
        if (bar != null) {
            bar.done();
        }
    }
}
