package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final Cli.Capture out = new Cli.Capture();
    private final Cli.Capture err = new Cli.Capture();

    private Progress progress(boolean terminal, int columns, int total) {
        return new Progress(new PrintWriter(out, true), new PrintWriter(err, true), terminal, columns,
                OutputFormat.TEXT, total);
    }

    private static int widest(String frames) {
        return Arrays.stream(frames.split("[\r\n]")).mapToInt(String::length).max().orElse(0);
    }

    @Test
    void everyFrameFitsANarrowTerminalWithoutWrapping() {
        for (int columns : new int[] {60, 40, 20, 8}) {
            Cli.Capture frames = new Cli.Capture();
            Progress progress = new Progress(new PrintWriter(out, true), new PrintWriter(frames, true), true, columns,
                    OutputFormat.TEXT, 20_000);
            for (int i = 0; i < 20_000; i += 997) {
                progress.report("leads.jsonl:" + i, LeadOutcome.FAILED, "after 3 attempts: could not connect");
            }
            progress.finish();
            assertThat(widest(frames.text())).as("%d columns", columns).isLessThan(columns);
        }
    }

    @Test
    void aWideTerminalGetsTheWholeBar() {
        Progress progress = progress(true, 120, 2);
        progress.report("a", LeadOutcome.NOT_ATTEMPTED, "interrupted");
        assertThat(err.text()).contains("\r[###############---------------] 1/2 done, 0 delivered, 1 not");
        assertThat(out.text()).isEqualTo("a: NOT delivered, not attempted: interrupted\n");
    }

    @Test
    void withoutATerminalNothingIsDrawnOnStandardError() {
        Progress progress = progress(false, 80, 2);
        progress.report("a", LeadOutcome.REFUSED, "no");
        progress.finish();
        assertThat(err.text()).isEmpty();
        assertThat(out.text()).isEqualTo("[1/2] a: NOT delivered, refused: no\n");
    }
}
