package dev.leadkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.CheckedLead;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What each contender does for one lead, shared by the benchmarks, the cold-start children and the tests that check
 * every contender does the same work. Each pipeline refuses a document its check rejects, as a receiver would.
 */
public final class Contenders {
    /** Where lead-schema keeps Microsoft's 2020 schema; the networknt side reads it without touching leadkit code. */
    static final String SCHEMA_2020_RESOURCE = "dev/leadkit/schema/lead-2020.schema.json";

    private Contenders() {
    }

    /** Decode with leadkit's codec. */
    public static Lead leadJson(LeadJson json, byte[] doc) {
        return json.read(doc);
    }

    /** Decode with an application's plain {@code ObjectMapper}: the baseline. */
    public static Lead bareBind(ObjectMapper mapper, byte[] doc) throws IOException {
        return mapper.readValue(doc, Lead.class);
    }

    /**
     * The floor: Jackson's tokenizer alone, every token read and the text of every name and scalar handed on.
     *
     * @return the number of tokens
     */
    public static int tokenStream(JsonFactory factory, byte[] doc, Blackhole sink) throws IOException {
        int tokens = 0;
        try (JsonParser p = factory.createParser(doc)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
                    sink.consume(p.getText());
                }
            }
        }
        return tokens;
    }

    /** leadkit's exact schema check (Microsoft's 2020 schema) and its codec, in one pass: {@code LeadSchema.read}. */
    public static Lead leadkitChecked(LeadSchema schema, LeadJson json, byte[] doc) {
        CheckedLead checked = schema.read(doc, json);
        if (!checked.report().isValid()) {
            throw new IllegalArgumentException("schema check failed: " + checked.report().violations());
        }
        return checked.lead();
    }

    /** networknt on Jackson's tree, then the tree bound to a lead: what users would pick instead. */
    public static Lead networkntChecked(ObjectMapper mapper, Schema schema, byte[] doc) throws IOException {
        JsonNode tree = mapper.readTree(doc);
        List<Error> errors = schema.validate(tree);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("schema check failed: " + errors.size() + " error(s)");
        }
        return mapper.treeToValue(tree, Lead.class);
    }

    /** leadkit's schema check, codec and default rules. */
    public static Lead leadkitValidated(LeadSchema schema, LeadJson json, LeadValidator validator, byte[] doc) {
        Lead lead = leadkitChecked(schema, json, doc);
        ValidationReport report = validator.validate(lead);
        if (!report.isValid()) {
            throw new IllegalArgumentException("validation failed: " + report.violations());
        }
        return lead;
    }

    /** Bare bind, then Hibernate Validator on the annotations of the records (the default group). */
    public static Lead bindThenHibernate(ObjectMapper mapper, Validator validator, byte[] doc) throws IOException {
        Lead lead = mapper.readValue(doc, Lead.class);
        Set<ConstraintViolation<Lead>> found = validator.validate(lead);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("validation failed: " + found.size() + " violation(s)");
        }
        return lead;
    }

    /** networknt and Hibernate Validator together: the cold-start alternative to leadkit. */
    public static Lead networkntThenHibernate(ObjectMapper mapper, Schema schema, Validator validator, byte[] doc)
            throws IOException {
        Lead lead = networkntChecked(mapper, schema, doc);
        Set<ConstraintViolation<Lead>> found = validator.validate(lead);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException("validation failed: " + found.size() + " violation(s)");
        }
        return lead;
    }

    /** Microsoft's 2020 schema compiled by networknt 2.0 for draft-04, as lead-schema's reference test does. */
    public static Schema networkntSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
        return registry.getSchema(schema2020Text());
    }

    /** Hibernate Validator as an application bootstraps it, with the parameter interpolator (no Jakarta EL). */
    public static Validator hibernateValidator() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /** The 2020 schema text from the lead-schema jar, read as a resource so no leadkit class loads. */
    static String schema2020Text() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(SCHEMA_2020_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_2020_RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + SCHEMA_2020_RESOURCE + " failed", e);
        }
    }
}
