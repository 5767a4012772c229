package dev.leadkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measurement 1, decode: {@code LeadJson.read(bytes)} against a plain {@code ObjectMapper.readValue(bytes,
 * Lead.class)} (the baseline) and against Jackson's tokenizer alone (the floor). Goal: at most 1.10 times the
 * baseline.
 */
public class DecodeBenchmark extends CodecBenchmark {
    LeadJson json;
    ObjectMapper mapper;
    JsonFactory factory;

    /** Makes each contender's engine, once per trial. */
    @Setup
    public void setup() {
        json = LeadJson.defaults();
        mapper = new ObjectMapper();
        factory = mapper.getFactory();
    }

    /** leadkit's codec. */
    @Benchmark
    public Lead leadJson() {
        return Contenders.leadJson(json, doc);
    }

    /** The baseline: an application's plain {@code ObjectMapper}. */
    @Benchmark
    public Lead bareBind() throws IOException {
        return Contenders.bareBind(mapper, doc);
    }

    /** The floor: every token, the text of every name and scalar. */
    @Benchmark
    public int tokenStream(Blackhole bh) throws IOException {
        return Contenders.tokenStream(factory, doc, bh);
    }
}
