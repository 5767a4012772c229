package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Measurement 2, decode with the exact schema check (Microsoft's 2020 schema): {@code LeadSchema.latest().validate}
 * then {@code LeadJson.read}, against networknt 2.0 ({@code readTree}, {@code validate}, {@code treeToValue}). Goals:
 * at most 1.25 times the bare bind of {@link DecodeBenchmark}, at most 0.5 times the networknt pipeline.
 */
public class SchemaBenchmark extends CodecBenchmark {
    LeadSchema schema;
    LeadJson json;
    ObjectMapper mapper;
    Schema networknt;

    /** Compiles both schemas, once per trial. */
    @Setup
    public void setup() {
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
