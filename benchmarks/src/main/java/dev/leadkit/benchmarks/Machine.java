package dev.leadkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the report says about the machine: CPU model, cores, memory and OS, from /proc where Linux has it. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        long memoryKib = memTotalKib(Path.of("/proc/meminfo"));
        String memory = memoryKib > 0 ? String.format(Locale.ROOT, "%.1f GiB memory", memoryKib / 1024.0 / 1024.0)
                : "memory unknown";
        return cpuModel(Path.of("/proc/cpuinfo")) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available to the JVM, " + memory;
    }

    static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }

    /** The first {@code model name} in /proc/cpuinfo. */
    static String cpuModel(Path cpuinfo) {
        for (String line : lines(cpuinfo)) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "CPU model unknown";
    }

    /** {@code MemTotal} in /proc/meminfo, in KiB; -1 if unknown. */
    static long memTotalKib(Path meminfo) {
        for (String line : lines(meminfo)) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(); // not Linux: the report says "unknown"
        }
    }
}
