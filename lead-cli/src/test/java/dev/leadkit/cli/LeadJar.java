package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code lead.jar} as a real process: {@code java -jar target/lead.jar ...}. */
final class LeadJar {
    private LeadJar() {
    }

    /** What a finished process printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    static Path jar() {
        String path = System.getProperty("lead.jar");
        assertThat(path).as("system property lead.jar, set by the failsafe configuration").isNotBlank();
        Path jar = Path.of(path);
        assertThat(jar).as("the runnable jar, built in the package phase").isRegularFile();
        return jar;
    }

    /** Starts {@code java -jar lead.jar args}, with the given variables instead of any LEAD_* of this JVM. */
    static Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("LEAD_"));
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Runs to the end, feeding {@code stdin}; fails the test if it takes longer than the timeout. */
    static Result run(Map<String, String> env, String stdin, Duration timeout, String... args) throws Exception {
        Process process = start(env, args);
        Cli.Capture out = new Cli.Capture();
        Cli.Capture err = new Cli.Capture();
        Thread outReader = pump(process.getInputStream(), out);
        Thread errReader = pump(process.getErrorStream(), err);
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        outReader.join();
        errReader.join();
        assertThat(finished).as("lead %s finished within %s; out:%n%s%nerr:%n%s", String.join(" ", args), timeout,
                out.text(), err.text()).isTrue();
        return new Result(process.exitValue(), out.text(), err.text());
    }

    /** Copies a process stream, decoded as UTF-8, into a capture, on a daemon thread. */
    static Thread pump(InputStream from, Cli.Capture to) {
        Thread t = new Thread(() -> {
            try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
                char[] buffer = new char[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    to.write(buffer, 0, n);
                }
            } catch (IOException e) {
                String failure = "\n[reading the stream failed: " + e + "]\n";
                to.write(failure.toCharArray(), 0, failure.length());
            }
        }, "lead-jar-stream");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
