package dev.leadkit.cli;

import java.io.PrintWriter;

/**
 * Reports sends as they finish. On a terminal: a progress bar on standard error, redrawn in place, with failures
 * printed above it as they happen. Otherwise (a pipe, a file, CI): one plain line per lead on standard output,
 * {@code [3/10] leads.jsonl:3: delivered, ...}, or one JSON object per line with {@code --format json}.
 * Thread-safe: sends finish on the client's threads.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final OutputFormat format;
    private final int total;
    private int done;
    private int failed;

    Progress(PrintWriter out, PrintWriter err, boolean terminal, OutputFormat format, int total) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.format = format;
        this.total = total;
        if (terminal) {
            drawBar();
        }
    }

    /**
     * Reports one lead.
     *
     * @param source where the lead came from
     * @param delivered whether it was delivered
     * @param text what happened, for people: {@code 202 after 1 attempt in 35 ms}, or the failure's message
     * @param json the same as one JSON object, for {@code --format json}
     */
    synchronized void report(String source, boolean delivered, String text, String json) {
        done++;
        if (!delivered) {
            failed++;
        }
        if (format == OutputFormat.JSON) {
            clearBar();
            out.println(json);
            out.flush();
        } else if (!terminal || !delivered) {
            clearBar();
            out.println((terminal ? "" : "[" + done + "/" + total + "] ") + source + ": "
                    + (delivered ? "delivered, " : "NOT delivered: ") + text);
            out.flush();
        }
        if (terminal) {
            drawBar();
        }
    }

    /** Ends the bar's line, if there is one. */
    synchronized void finish() {
        if (terminal) {
            err.println();
            err.flush();
        }
    }

    private void clearBar() {
        if (terminal) {
            err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
            err.flush();
        }
    }

    private void drawBar() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " done, " + (done - failed) + " delivered, " + failed + " failed");
        err.flush();
    }
}
