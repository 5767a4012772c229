package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import jakarta.validation.Validator;
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
 * Measurement 3, decode with the schema check and the default {@code LeadValidator} rules, against a bare bind
 * followed by Hibernate Validator on the same rules (bootstrapped once, in setup). Goal: at most 1.5 times the bare
 * bind of {@link DecodeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidateBenchmark {
    /** Which input document; see {@link Inputs}. */
    @Param({Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    public String input;

    byte[] doc;
    LeadSchema schema;
    LeadJson json;
    LeadValidator validator;
    ObjectMapper mapper;
    Validator hibernate;

    /** Loads the input and starts both validators, once per trial. */
    @Setup
    public void setup() {
        doc = Inputs.bytes(input);
        schema = LeadSchema.latest();
        json = LeadJson.defaults();
        validator = LeadValidator.defaults();
        mapper = new ObjectMapper();
        hibernate = Contenders.hibernateValidator();
    }

    /** leadkit: schema check, codec, default rules as plain code. */
    @Benchmark
    public Lead leadkit() {
        return Contenders.leadkitValidated(schema, json, validator, doc);
    }

    /** A bare bind, then Hibernate Validator. */
    @Benchmark
    public Lead bindThenHibernate() throws IOException {
        return Contenders.bindThenHibernate(mapper, hibernate, doc);
    }
}
