package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measurement 2, decode with the exact schema check (Microsoft's 2020 schema): {@code LeadSchema.latest().validate}
 * then {@code LeadJson.read}, against networknt 2.0 ({@code readTree}, {@code validate}, {@code treeToValue}). Goals:
 * at most 1.25 times the bare bind of {@link DecodeBenchmark}, at most 0.5 times the networknt pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SchemaBenchmark {
    /** Which input document; see {@link Inputs}. */
    @Param({Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    public String input;

    byte[] doc;
    LeadSchema schema;
    LeadJson json;
    ObjectMapper mapper;
    Schema networknt;

    /** Loads the input and compiles both schemas, once per trial. */
    @Setup
    public void setup() {
        doc = Inputs.bytes(input);
        schema = LeadSchema.latest();
        json = LeadJson.defaults();
        mapper = new ObjectMapper();
        networknt = Contenders.networkntSchema();
    }

    /** leadkit: streaming schema check, then the codec. */
    @Benchmark
    public Lead leadkit() {
        return Contenders.leadkitChecked(schema, json, doc);
    }

    /** networknt on Jackson's tree, then the tree bound to a lead. */
    @Benchmark
    public Lead networknt() throws IOException {
        return Contenders.networkntChecked(mapper, networknt, doc);
    }
}
