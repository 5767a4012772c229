package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadkit.benchmarks.JmhResults.Score;
import dev.leadkit.benchmarks.Row.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns one run's results into the report's rows: each figure against its baseline, with the goals. */
final class Comparisons {
    static final String BARE_BIND = "DecodeBenchmark.bareBind";
    private static final int[] THREADS = {1, 4, 16};

    private final JmhResults jmh;
    private final JsonNode coldStart;
    private final Map<String, Integer> connections;
    private final List<Row> rows = new ArrayList<>();

    private Comparisons(JmhResults jmh, JsonNode coldStart, Map<String, Integer> connections) {
        this.jmh = jmh;
        this.coldStart = coldStart;
        this.connections = connections;
    }

    /**
     * The rows, in the order.
     *
     * @param coldStart the harness's JSON, or a missing node if it did not run
     * @param connections the most connections any trial of a client benchmark opened, by benchmark short name
     */
    static List<Row> rows(JmhResults jmh, JsonNode coldStart, Map<String, Integer> connections) {
        Comparisons c = new Comparisons(jmh, coldStart, connections);
        c.codec();
        c.coldStart();
        c.client();
        return c.rows;
    }

    private void codec() {
        for (String in : Inputs.ALL) {
            time(1, "decode: `LeadJson.read`", in, "DecodeBenchmark.leadJson", BARE_BIND, "bare bind", Goal.atMost(1.10));
            time(1, "floor: Jackson tokens only", in, "DecodeBenchmark.tokenStream", BARE_BIND, "bare bind", null);
        }
        for (String in : Inputs.ALL) {
            time(2, "decode + exact schema: leadkit", in, "SchemaBenchmark.leadkit", BARE_BIND, "bare bind",
                    Goal.atMost(1.25));
            time(2, "decode + exact schema: leadkit", in, "SchemaBenchmark.leadkit", "SchemaBenchmark.networknt",
                    "networknt pipeline", Goal.atMost(0.50));
        }
        for (String in : Inputs.ALL) {
            time(3, "decode + schema + `LeadValidator`", in, "ValidateBenchmark.leadkit", BARE_BIND, "bare bind",
                    Goal.atMost(1.50));
            time(3, "decode + schema + `LeadValidator`", in, "ValidateBenchmark.leadkit",
                    "ValidateBenchmark.bindThenHibernate", "bind + Hibernate Validator", null);
        }
        for (String in : Inputs.ALL) {
            alloc("allocation: decode", in, "DecodeBenchmark.leadJson", BARE_BIND, "bare bind", Goal.atMost(1.20));
            alloc("allocation: decode + exact schema", in, "SchemaBenchmark.leadkit", "SchemaBenchmark.networknt",
                    "networknt pipeline", null);
            alloc("allocation: decode + schema + rules", in, "ValidateBenchmark.leadkit",
                    "ValidateBenchmark.bindThenHibernate", "bind + Hibernate Validator", null);
        }
    }

    private void time(int measurement, String figure, String input, String benchmark, String baseline,
            String baselineName, Goal goal) {
        Optional<Score> a = jmh.find(benchmark, input);
        Optional<Score> b = jmh.find(baseline, input);
        double ratio = a.isPresent() && b.isPresent() ? a.get().score() / b.get().score() : Double.NaN;
        rows.add(Row.ratio(measurement, figure, input, a.map(Comparisons::score).orElse(Report.MISSING),
                b.map(s -> score(s) + " (" + baselineName + ")").orElse(Report.MISSING + " (" + baselineName + ")"),
                ratio, goal));
    }

    private void alloc(String figure, String input, String benchmark, String baseline, String baselineName,
            Goal goal) {
        Optional<Score> a = jmh.find(benchmark, input).filter(Score::hasAllocation);
        Optional<Score> b = jmh.find(baseline, input).filter(Score::hasAllocation);
        double ratio = a.isPresent() && b.isPresent() ? a.get().allocated() / b.get().allocated() : Double.NaN;
        rows.add(Row.ratio(4, figure, input, a.map(Comparisons::bytes).orElse(Report.MISSING),
                b.map(s -> bytes(s) + " (" + baselineName + ")").orElse(Report.MISSING + " (" + baselineName + ")"),
                ratio, goal));
    }

    private void coldStart() {
        JsonNode all = coldStart.path("contenders");
        JsonNode jackson = all.path(ColdStartChild.Contender.JACKSON.id());
        coldRow("cold start: leadkit (schema + decode + rules)", all.path(ColdStartChild.Contender.LEADKIT.id()),
                jackson, Goal.atMost(1.30));
        coldRow("cold start: networknt + Hibernate Validator", all.path(ColdStartChild.Contender.NETWORKNT_HIBERNATE
                .id()), jackson, null);
    }

    private void coldRow(String figure, JsonNode contender, JsonNode jackson, Goal goal) {
        boolean ran = contender.has("median") && jackson.has("median");
        double ratio = ran ? contender.path("median").asDouble() / jackson.path("median").asDouble() : Double.NaN;
        rows.add(Row.ratio(5, figure, Inputs.SAMPLE_2020, ran ? millis(contender) : Report.MISSING,
                ran ? millis(jackson) + " (bare Jackson bind)" : Report.MISSING + " (bare Jackson bind)", ratio, goal));
    }

    private void client() {
        for (int threads : THREADS) {
            String leadkit = "ClientBenchmark.leadkit" + threads;
            String bare = "ClientBenchmark.bare" + threads;
            Optional<Score> a = jmh.find(leadkit);
            Optional<Score> b = jmh.find(bare);
            double ratio = a.isPresent() && b.isPresent() ? a.get().score() / b.get().score() : Double.NaN;
            String label = threads == 1 ? "1 thread" : threads + " threads";
            rows.add(Row.ratio(6, "send: `LeadClient`, " + label, Inputs.SAMPLE_2020,
                    a.map(Comparisons::score).orElse(Report.MISSING),
                    b.map(s -> score(s) + " (bare `HttpClient`)").orElse(Report.MISSING + " (bare `HttpClient`)"),
                    ratio, Goal.atLeast(0.90)));
            connectionRow("connections opened: `LeadClient`, " + label, leadkit, bare, threads);
        }
    }

    private void connectionRow(String figure, String leadkit, String bare, int threads) {
        Integer opened = connections.get(leadkit);
        Integer bareOpened = connections.get(bare);
        Goal goal = Goal.countAtMost(threads);
        rows.add(new Row(6, figure, Inputs.SAMPLE_2020, opened == null ? Report.MISSING : String.valueOf(opened),
                (bareOpened == null ? Report.MISSING : String.valueOf(bareOpened)) + " (bare `HttpClient`)",
                Double.NaN, goal, opened != null, opened != null && goal.metBy(opened)));
    }

    /** The score, with JMH's error when it has one (a single iteration has none). */
    static String score(Score s) {
        if (Double.isNaN(s.error())) {
            return String.format(Locale.ROOT, "%,.0f %s", s.score(), s.unit());
        }
        return String.format(Locale.ROOT, "%,.0f ± %,.0f %s", s.score(), s.error(), s.unit());
    }

    static String bytes(Score s) {
        return String.format(Locale.ROOT, "%,.0f B/op", s.allocated());
    }

    private static String millis(JsonNode stats) {
        return String.format(Locale.ROOT, "%.0f ms (IQR %.0f–%.0f)", stats.path("median").asDouble(),
                stats.path("p25").asDouble(), stats.path("p75").asDouble());
    }
}
