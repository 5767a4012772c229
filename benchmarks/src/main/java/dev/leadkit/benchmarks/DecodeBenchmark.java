package dev.leadkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measurement 1, decode: {@code LeadJson.read(bytes)} against a plain {@code ObjectMapper.readValue(bytes,
 * Lead.class)} (the baseline) and against Jackson's tokenizer alone (the floor). Goal: at most 1.10 times the
 * baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodeBenchmark {
    /** Which input document; see {@link Inputs}. */
    @Param({Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    public String input;

    byte[] doc;
    LeadJson json;
    ObjectMapper mapper;
    JsonFactory factory;

    /** Loads the input and makes each contender's engine, once per trial. */
    @Setup
    public void setup() {
        doc = Inputs.bytes(input);
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
