package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results JMH wrote with {@code -rf json}, looked up by benchmark, input and thread count. */
final class JmhResults {
    /** One benchmark's figures: the primary score and, when {@code -prof gc} ran, the allocation per operation. */
    record Score(String benchmark, String input, int threads, double score, double error, String unit,
            double allocated, double allocatedError) {
        boolean hasAllocation() {
            return !Double.isNaN(allocated);
        }
    }

    /** How JMH ran: taken from the first result, which all share when the script runs them. */
    record Settings(int forks, int warmupIterations, String warmupTime, int measurementIterations,
            String measurementTime, String jmhVersion, String jdkVersion, String vmName, String vmVersion,
            List<String> jvmArgs) {
    }

    private final List<Score> scores;
    private final Settings settings;
    private final Map<String, String> otherTimings;

    private JmhResults(List<Score> scores, Settings settings, Map<String, String> otherTimings) {
        this.scores = scores;
        this.settings = settings;
        this.otherTimings = otherTimings;
    }

    static JmhResults read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        if (!root.isArray() || root.isEmpty()) {
            throw new IllegalArgumentException(json + " holds no JMH results");
        }
        List<Score> scores = new ArrayList<>();
        Map<String, String> otherTimings = new LinkedHashMap<>();
        for (JsonNode r : root) {
            String timing = timing(r);
            if (!timing.equals(timing(root.get(0)))) {
                String benchmark = shortName(r.path("benchmark").asText());
                otherTimings.put(benchmark.substring(0, benchmark.indexOf('.')), timing);
            }
            JsonNode primary = r.path("primaryMetric");
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            scores.add(new Score(shortName(r.path("benchmark").asText()), r.path("params").path("input").asText(""),
                    r.path("threads").asInt(), number(primary.path("score")), number(primary.path("scoreError")),
                    primary.path("scoreUnit").asText(), alloc.isMissingNode() ? Double.NaN
                            : number(alloc.path("score")), alloc.isMissingNode() ? Double.NaN
                            : number(alloc.path("scoreError"))));
        }
        JsonNode first = root.get(0);
        List<String> jvmArgs = new ArrayList<>();
        for (JsonNode arg : first.path("jvmArgs")) {
            if (!arg.asText().startsWith("-D" + ClientBenchmark.CONNECTIONS_FILE)) { // a path on the run's machine
                jvmArgs.add(arg.asText());
            }
        }
        Settings settings = new Settings(first.path("forks").asInt(), first.path("warmupIterations").asInt(),
                first.path("warmupTime").asText(), first.path("measurementIterations").asInt(),
                first.path("measurementTime").asText(), first.path("jmhVersion").asText(),
                first.path("jdkVersion").asText(), first.path("vmName").asText(), first.path("vmVersion").asText(),
                jvmArgs);
        return new JmhResults(List.copyOf(scores), settings, otherTimings);
    }

    /** Forks, warm-up and measurement of one result, as the report prints them. */
    static String timing(JsonNode r) {
        int forks = r.path("forks").asInt();
        return forks + (forks == 1 ? " fork" : " forks") + " per benchmark; warmup " + r.path("warmupIterations").asInt()
                + " × " + r.path("warmupTime").asText() + "; measurement " + r.path("measurementIterations").asInt()
                + " × " + r.path("measurementTime").asText();
    }

    /** Benchmark classes that ran with other forks, warm-up or measurement than the first result, and theirs. */
    Map<String, String> otherTimings() {
        return otherTimings;
    }

    /** JMH writes "NaN" as a string when an error is undefined (a single iteration). */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /** {@code dev.leadkit.benchmarks.DecodeBenchmark.leadJson} to {@code DecodeBenchmark.leadJson}. */
    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    List<Score> all() {
        return scores;
    }

    Settings settings() {
        return settings;
    }

    /** A benchmark with an {@code input} parameter. */
    Optional<Score> find(String benchmark, String input) {
        return scores.stream().filter(s -> s.benchmark().equals(benchmark) && s.input().equals(input)).findFirst();
    }

    /** A benchmark without parameters, such as the client ones. */
    Optional<Score> find(String benchmark) {
        return find(benchmark, "");
    }
}
