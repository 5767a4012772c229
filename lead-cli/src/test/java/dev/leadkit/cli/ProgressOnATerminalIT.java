package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leadkit.testing.MockLeadEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar on a real terminal (a pseudo-terminal from util-linux {@code script}), with standard input and
 * output redirected as a pipeline would: drawn, fitted to {@code COLUMNS}, and never written into a file.
 */
class ProgressOnATerminalIT {
    @TempDir
    Path dir;

    /** Runs {@code shell} on a pseudo-terminal and returns what reached the terminal. */
    private String onATerminal(String shell) throws Exception {
        Process script = new ProcessBuilder("script", "-qec", shell, "/dev/null").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        script.getOutputStream().close();
        byte[] terminal = script.getInputStream().readAllBytes();
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(new String(terminal, StandardCharsets.UTF_8)).isZero();
        return new String(terminal, StandardCharsets.UTF_8);
    }

    @Test
    void theBarIsDrawnWhenInputIsPipedFitsTheWidthAndStaysOutOfFiles() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script(1)");
        StringBuilder leads = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            leads.append("{\"ActionCode\":\"INS\",\"OfferTitle\":\"lead-").append(i).append("\"}\n");
        }
        Path input = Files.writeString(dir.resolve("leads.jsonl"), leads);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp()) {
            String send = "COLUMNS=50 '" + java + "' -jar '" + LeadJar.jar() + "' send --endpoint "
                    + endpoint.uri() + " - < '" + input + "' > '" + out + "'";
            String terminal = onATerminal(send);
            assertThat(terminal).contains("\r[", "] 50/50 done, 50 delivered, 0 not");
            int widest = Arrays.stream(terminal.split("[\r\n]")).mapToInt(String::length).max().orElse(0);
            assertThat(widest).as("every frame fits 50 columns").isLessThan(50);
            assertThat(Files.readString(out)).doesNotContain("\r").endsWith("50 leads: 50 delivered, 0 refused, 0 "
                    + "endpoint refused, 0 failed, 0 not attempted\n");

            onATerminal(send + " 2> '" + err + "'");
            assertThat(Files.readString(err)).as("standard error is a file: no frames in it").isEmpty();
        }
    }
}
