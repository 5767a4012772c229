package dev.leadkit.cli;

import dev.leadkit.client.SendResult;
import java.io.PrintWriter;

/**
 * Reports sends as they end. When standard error is a terminal: a progress bar there, redrawn in place and fitted
 * to the terminal's width, with each lead not delivered printed above it on standard output. Otherwise (a pipe, a
 * file, CI): one plain line per lead on standard output, {@code [3/10] leads.jsonl:3: delivered, ...}, and nothing
 * on standard error; or one JSON object per lead and line with {@code --format json}. Thread-safe: sends end on
 * the client's threads.
 */
final class Progress {
    private static final int MAX_BAR = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final int columns;
    private final OutputFormat format;
    private final int total;
    private int done;
    private int delivered;
    private int drawn;

    /**
     * @param terminal whether standard error is a terminal: only then is the bar drawn
     * @param columns the terminal's width; a drawn line never reaches the last column (which would wrap)
     */
    Progress(PrintWriter out, PrintWriter err, boolean terminal, int columns, OutputFormat format, int total) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.columns = Math.max(columns, 2);
        this.format = format;
        this.total = total;
        if (terminal) {
            drawBar();
        }
    }

    /** Reports a delivered lead. */
    synchronized void delivered(String source, SendResult result) {
        String text = result.statusCode() + " after " + result.attempts()
                + (result.attempts() == 1 ? " attempt" : " attempts") + " in " + result.elapsed().toMillis() + " ms";
        report(source, LeadOutcome.DELIVERED, text, JsonLine.of(g -> {
            g.writeStringField("source", source);
            g.writeBooleanField("delivered", true);
            g.writeStringField("outcome", LeadOutcome.DELIVERED.code());
            g.writeNumberField("status", result.statusCode());
            g.writeNumberField("attempts", result.attempts());
            g.writeNumberField("ms", result.elapsed().toMillis());
        }));
    }

    /** Reports a lead that was not delivered, and why. */
    synchronized void report(String source, LeadOutcome outcome, String why) {
        report(source, outcome, why, JsonLine.of(g -> {
            g.writeStringField("source", source);
            g.writeBooleanField("delivered", false);
            g.writeStringField("outcome", outcome.code());
            g.writeStringField("error", why);
        }));
    }

    private void report(String source, LeadOutcome outcome, String text, String json) {
        done++;
        boolean ok = outcome == LeadOutcome.DELIVERED;
        if (ok) {
            delivered++;
        }
        if (format == OutputFormat.JSON) {
            clearBar();
            out.println(json);
            out.flush();
        } else if (!terminal || !ok) {
            clearBar();
            out.println((terminal ? "" : "[" + done + "/" + total + "] ") + source + ": "
                    + (ok ? "delivered, " : "NOT delivered, " + outcome.label() + ": ") + text);
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
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }

    /** {@code [#####-----] 5/10 done, 4 delivered, 1 not}; the bar shrinks, then goes, on a narrow terminal. */
    private void drawBar() {
        String counts = done + "/" + total + " done, " + delivered + " delivered, " + (done - delivered) + " not";
        int room = columns - 1;
        int width = Math.min(MAX_BAR, room - counts.length() - 3);
        String line;
        if (width >= 5) {
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            line = "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + counts;
        } else {
            line = counts.length() <= room ? counts : counts.substring(0, room);
        }
        err.print("\r" + line);
        err.flush();
        drawn = line.length();
    }
}
