package dev.leadkit.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether standard error is a terminal, and how wide it is, asked of the operating system. The JDK cannot tell
 * (on 17, {@code System.console()} is null as soon as standard input is a pipe, and it says nothing about standard
 * error), so: on Linux, where {@code /proc/self/fd/2} leads; elsewhere, {@code test -t 2} run on this process's
 * standard error; with neither, a console counts.
 */
final class Terminal {
    private Terminal() {
    }

    /** Whether standard error is a terminal: a progress bar there is seen, not written into a file. */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(Path.of("/proc/self/fd"))) {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux after all: ask test(1)
        }
        try {
            Process test = new ProcessBuilder("test", "-t", "2").redirectInput(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return test.waitFor(5, TimeUnit.SECONDS) && test.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return Environment.isTerminal(System.console()); // no test(1): Windows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a device path names a terminal: {@code /dev/pts/3}, {@code /dev/tty1}, {@code /dev/console}. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    /** The terminal's width from {@code stty size} on {@code /dev/tty}, or 0 if that cannot tell. */
    static int sttyColumns() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return 0;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = stty.getInputStream()) {
                String size = new String(in.readNBytes(64), StandardCharsets.US_ASCII).trim(); // "rows columns"
                stty.waitFor(5, TimeUnit.SECONDS);
                String[] parts = size.split("\\s+");
                return parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
