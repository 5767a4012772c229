package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.leadkit.benchmarks.ColdStartChild.Contender;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measurement 5, cold start: starts fresh JVMs, one contender each, and times each from {@code ProcessBuilder.start()}
 * to the child's ready line. Rounds interleave the contenders in a rotating order, so drift on the machine spreads
 * over all of them; one unmeasured round first warms the file cache. Writes the samples and their median, quartiles
 * and range as JSON.
 *
 * <p>Usage: {@code ColdStart --runs N --out results.json [--classpath CP] [--log child-stderr.log]}; the class path
 * defaults to this JVM's.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * Runs the harness.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Cli.options(args, "--runs", "--out", "--classpath", "--log");
        int runs = Integer.parseInt(options.getOrDefault("--runs", "10"));
        Path out = Path.of(Cli.require(options, "--out"));
        String classpath = options.getOrDefault("--classpath", System.getProperty("java.class.path"));
        Path log = Path.of(options.getOrDefault("--log", out + ".stderr.log"));
        Map<Contender, List<Double>> samples = measure(runs, classpath, log);
        write(samples, runs, out);
        for (Map.Entry<Contender, List<Double>> e : samples.entrySet()) {
            System.out.printf("cold start %-20s median %.1f ms (%d runs)%n", e.getKey().id(), Stats.median(e.getValue()),
                    e.getValue().size());
        }
    }

    /** Measures {@code runs} rounds after one warm-up round; each round runs every contender once. */
    static Map<Contender, List<Double>> measure(int runs, String classpath, Path log)
            throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1: " + runs);
        }
        Contender[] all = Contender.values();
        Map<Contender, List<Double>> samples = new EnumMap<>(Contender.class);
        for (Contender c : all) {
            samples.put(c, new ArrayList<>());
        }
        for (int round = -1; round < runs; round++) {
            for (int k = 0; k < all.length; k++) {
                Contender c = all[Math.floorMod(round + k, all.length)];
                double millis = once(c, classpath, log);
                if (round >= 0) {
                    samples.get(c).add(millis);
                }
            }
        }
        return samples;
    }

    /** One child: milliseconds from start to its ready line. */
    static double once(Contender contender, String classpath, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, ColdStartChild.class.getName(),
                contender.id())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process child = builder.start();
        String line;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            long elapsed = System.nanoTime() - start;
            while (out.readLine() != null) {
                // drain until the child exits
            }
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException(contender.id() + " child did not exit within 60 s");
            }
            if (!ColdStartChild.READY.equals(line) || child.exitValue() != 0) {
                throw new IllegalStateException(contender.id() + " child failed (exit " + child.exitValue()
                        + ", first line " + line + "); see " + log);
            }
            return elapsed / 1e6;
        }
    }

    private static void write(Map<Contender, List<Double>> samples, int runs, Path out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("runs", runs);
        doc.put("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Map<String, Object> contenders = new LinkedHashMap<>();
        for (Map.Entry<Contender, List<Double>> e : samples.entrySet()) {
            List<Double> ms = e.getValue();
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("median", Stats.median(ms));
            stats.put("p25", Stats.quantile(ms, 0.25));
            stats.put("p75", Stats.quantile(ms, 0.75));
            stats.put("min", Stats.quantile(ms, 0));
            stats.put("max", Stats.quantile(ms, 1));
            stats.put("samplesMs", ms);
            contenders.put(e.getKey().id(), stats);
        }
        doc.put("contenders", contenders);
        File parent = out.toAbsolutePath().getParent().toFile();
        Files.createDirectories(parent.toPath());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), doc);
    }
}
