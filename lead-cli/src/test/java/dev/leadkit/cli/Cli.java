package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Runs the {@code lead} command in-process, as {@link Main} would, with captured output. */
final class Cli {
    private Cli() {
    }

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Environment env(Map<String, String> variables, String stdin, boolean terminal) {
        return new Environment(variables, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal);
    }

    static Run run(String... args) {
        return run(env(Map.of(), "", false), args);
    }

    static Run run(Environment env, String... args) {
        Capture out = new Capture();
        Capture err = new Capture();
        int code = execute(env, out, err, args);
        return new Run(code, out.text(), err.text());
    }

    /** Runs with a {@code send} whose seams the caller set (see {@link SendCommand#transport}). */
    static Run run(Environment env, java.util.function.Consumer<SendCommand> send, String... args) {
        Capture out = new Capture();
        Capture err = new Capture();
        CommandLine commandLine = Main.commandLine(env);
        send.accept((SendCommand) commandLine.getSubcommands().get("send").getCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.text(), err.text());
    }

    static int execute(Environment env, Capture out, Capture err, String... args) {
        CommandLine commandLine = Main.commandLine(env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Text written so far, safe to read while another thread writes, with a wait for a line to show up. */
    static final class Capture extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
            notifyAll();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        synchronized String text() {
            return text.toString();
        }

        /** Waits for a match of the pattern in the text, and returns its first group. */
        synchronized String await(Pattern pattern, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
                long left = deadline - System.nanoTime();
                assertThat(left).as("waiting for %s in:%n%s", pattern, text).isPositive();
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
