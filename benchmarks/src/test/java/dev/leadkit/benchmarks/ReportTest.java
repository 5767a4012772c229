package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report divides figures of one run, judges each goal, and says when a figure did not run. */
class ReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ratiosComeFromTheRunAndGoalsAreJudgedOnThem() throws Exception {
        ArrayNode jmh = MAPPER.createArrayNode();
        jmh.add(result("DecodeBenchmark.bareBind", Inputs.SAMPLE_2020, 1, 1000, "ns/op", 2000));
        jmh.add(result("DecodeBenchmark.leadJson", Inputs.SAMPLE_2020, 1, 1050, "ns/op", 2600));
        jmh.add(result("SchemaBenchmark.leadkit", Inputs.SAMPLE_2020, 1, 1300, "ns/op", 3000));
        ObjectNode oneIteration = result("DecodeBenchmark.tokenStream", Inputs.SAMPLE_2020, 1, 700, "ns/op", 1200);
        ((ObjectNode) oneIteration.get("primaryMetric")).put("scoreError", "NaN"); // as JMH writes it
        jmh.add(oneIteration);
        jmh.add(result("SchemaBenchmark.networknt", Inputs.SAMPLE_2020, 1, 4000, "ns/op", 9000));
        jmh.add(result("ClientBenchmark.leadkit4", "", 4, 950, "ops/s", 50_000));
        jmh.add(result("ClientBenchmark.bare4", "", 4, 1000, "ops/s", 50_000));
        Files.writeString(dir.resolve("jmh.json"), jmh.toString());
        Files.writeString(dir.resolve("connections.tsv"), "dev.leadkit.benchmarks.ClientBenchmark.leadkit4\t4\t3\t99\n"
                + "dev.leadkit.benchmarks.ClientBenchmark.leadkit4\t4\t5\t99\n");
        Files.writeString(dir.resolve("coldstart.json"), "{\"runs\":10,\"contenders\":{"
                + "\"leadkit\":{\"median\":120,\"p25\":110,\"p75\":130,\"min\":100,\"max\":140,\"samplesMs\":[120]},"
                + "\"jackson\":{\"median\":300,\"p25\":290,\"p75\":310,\"min\":280,\"max\":320,\"samplesMs\":[300]}}}");
        Path out = dir.resolve("benchmarks.md");

        Report.main(new String[] {"--results", dir.toString(), "--out", out.toString(), "--command",
                "benchmarks/run.sh", "--smoke", "true"});

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(row(lines, "decode: `LeadJson.read` | sample-2020")).contains("| 1.05× | ≤ 1.10× | met |");
        assertThat(row(lines, "allocation: decode | sample-2020")).contains("| 1.30× | ≤ 1.20× | **not met** |");
        assertThat(row(lines, "networknt pipeline")).contains("| 0.33× | ≤ 0.50× | met |");
        assertThat(row(lines, "decode + exact schema: leadkit | sample-2020 | 1,300 ± 10 ns/op | 1,000"))
                .contains("| 1.30× | ≤ 1.25× | **not met** |");
        assertThat(row(lines, "send: `LeadClient`, 4 threads")).contains("| 0.95× | ≥ 0.90× | met |");
        assertThat(row(lines, "connections opened: `LeadClient`, 4 threads")).contains("| 5 |").contains("| ≤ 4 |")
                .contains("**not met**");
        assertThat(row(lines, "cold start: leadkit")).contains("| 0.40× | ≤ 1.30× | met |");
        assertThat(row(lines, "floor: Jackson tokens only | sample-2020")).contains("| 700 ns/op | 1,000 ± 10 ns/op")
                .contains("| 0.70× | — | — |");
        assertThat(row(lines, "decode + schema + `LeadValidator` | camel-case")).contains("| not run |");
        assertThat(String.join("\n", lines)).contains("Smoke run, not a measurement")
                .contains("| command | `benchmarks/run.sh` |")
                .contains("2 forks per benchmark; warmup 3 × 1 s; measurement 5 × 1 s");
    }

    @Test
    void connectionsKeepTheMostAnyTrialOpened() throws Exception {
        Path tsv = dir.resolve("c.tsv");
        Files.writeString(tsv, "dev.leadkit.benchmarks.ClientBenchmark.bare16\t16\t12\t5\n"
                + "dev.leadkit.benchmarks.ClientBenchmark.bare16\t16\t16\t5\n");

        assertThat(Report.connections(tsv)).isEqualTo(Map.of("ClientBenchmark.bare16", 16));
        assertThat(Report.connections(dir.resolve("absent.tsv"))).isEmpty();
    }

    private static String row(List<String> lines, String start) {
        return lines.stream().filter(l -> l.contains(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row containing " + start));
    }

    private static ObjectNode result(String benchmark, String input, int threads, double score, String unit,
            double allocated) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("jmhVersion", "1.37").put("benchmark", "dev.leadkit.benchmarks." + benchmark).put("mode", "avgt")
                .put("threads", threads).put("forks", 2).put("jdkVersion", "17.0.15").put("vmName", "OpenJDK")
                .put("vmVersion", "17.0.15").put("warmupIterations", 3).put("warmupTime", "1 s")
                .put("measurementIterations", 5).put("measurementTime", "1 s");
        r.putArray("jvmArgs").add("-Dleadkit.bench.connections=/tmp/x.tsv");
        if (!input.isEmpty()) {
            r.putObject("params").put("input", input);
        }
        ObjectNode primary = r.putObject("primaryMetric");
        primary.put("score", score).put("scoreError", 10.0).put("scoreUnit", unit);
        r.putObject("secondaryMetrics").putObject("gc.alloc.rate.norm").put("score", allocated).put("scoreError", 1.0)
                .put("scoreUnit", "B/op");
        return r;
    }
}
