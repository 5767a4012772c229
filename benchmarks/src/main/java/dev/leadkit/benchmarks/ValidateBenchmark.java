package dev.leadkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import jakarta.validation.Validator;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Measurement 3, decode with the schema check and the default {@code LeadValidator} rules, against a bare bind
 * followed by Hibernate Validator on the same rules (bootstrapped once, in setup). Goal: at most 1.5 times the bare
 * bind of {@link DecodeBenchmark}.
 */
public class ValidateBenchmark extends CodecBenchmark {
    LeadSchema schema;
    LeadJson json;
    LeadValidator validator;
    ObjectMapper mapper;
    Validator hibernate;

    /** Starts both validators, once per trial. */
    @Setup
    public void setup() {
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
