package dev.leadkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/** Every contender does the same work on the same input: a comparison of paths doing different work is worthless. */
class ContendersTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    void everyDecodePathYieldsTheSameLead(String input) throws Exception {
        DecodeBenchmark decode = prepared(new DecodeBenchmark(), input, DecodeBenchmark::setup);

        Lead expected = decode.leadJson();

        assertThat(decode.bareBind()).isEqualTo(expected);
        assertThat(expected.userDetails()).isNotNull();
        assertThat(expected.userDetails().email()).contains("@");
    }

    @ParameterizedTest
    @ValueSource(strings = {Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    void theTokenFloorVisitsEveryToken(String input) throws Exception {
        DecodeBenchmark decode = prepared(new DecodeBenchmark(), input, DecodeBenchmark::setup);

        int tokens = decode.tokenStream(blackhole());

        assertThat(tokens).isEqualTo(tokens(MAPPER.readTree(Inputs.bytes(input))));
    }

    @ParameterizedTest
    @ValueSource(strings = {Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    void bothSchemaPipelinesAcceptTheInputAndYieldTheSameLead(String input) throws Exception {
        SchemaBenchmark schema = prepared(new SchemaBenchmark(), input, SchemaBenchmark::setup);

        assertThat(schema.leadkit()).isEqualTo(schema.networknt()).isEqualTo(LeadJson.defaults().read(schema.doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {Inputs.SAMPLE_2020, Inputs.CAMEL_CASE, Inputs.UNKNOWN_FIELDS})
    void bothValidationPipelinesAcceptTheInputAndYieldTheSameLead(String input) throws Exception {
        ValidateBenchmark validate = prepared(new ValidateBenchmark(), input, ValidateBenchmark::setup);

        assertThat(validate.leadkit()).isEqualTo(validate.bindThenHibernate())
                .isEqualTo(LeadJson.defaults().read(validate.doc));
    }

    @Test
    void bothSchemaPipelinesRefuseWhatTheSchemaRefuses() {
        byte[] wrongType = "{\"UserDetails\":{\"Email\":5}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Contenders.leadkitChecked(LeadSchema.latest(), LeadJson.defaults(), wrongType))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/UserDetails/Email");
        assertThatThrownBy(() -> Contenders.networkntChecked(MAPPER, Contenders.networkntSchema(), wrongType))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 error");
    }

    @Test
    void bothValidationPipelinesRefuseWhatTheRulesRefuse() {
        byte[] badEmail = "{\"UserDetails\":{\"Email\":\"not an address\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Contenders.leadkitValidated(LeadSchema.latest(), LeadJson.defaults(),
                LeadValidator.defaults(), badEmail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/UserDetails/Email");
        assertThatThrownBy(() -> Contenders.bindThenHibernate(MAPPER, Contenders.hibernateValidator(), badEmail))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 violation");
    }

    @Test
    void theSampleIsTheDocumentedOneAsLeadModelKeepsIt() throws Exception {
        Path documented = Path.of("../lead-model/src/test/resources/samples/lead-2020.json");

        assertThat(Inputs.bytes(Inputs.SAMPLE_2020)).isEqualTo(Files.readAllBytes(documented));
    }

    @Test
    void theLargeInputIsAbout2KibWithUnknownFieldsAtBothLevels() {
        byte[] doc = Inputs.bytes(Inputs.UNKNOWN_FIELDS);
        Lead lead = LeadJson.defaults().read(doc);

        assertThat(doc.length).isBetween(1900, 2400);
        assertThat(lead.additionalProperties()).hasSizeGreaterThan(5);
        assertThat(lead.userDetails().additionalProperties()).isNotEmpty();
    }

    @Test
    void anUnknownInputIsRefusedByName() {
        assertThatThrownBy(() -> Inputs.bytes("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    /** A benchmark as JMH sets it up for one trial. */
    private static <B extends CodecBenchmark> B prepared(B benchmark, String input, Consumer<B> setup) {
        benchmark.input = input;
        benchmark.loadInput();
        setup.accept(benchmark);
        return benchmark;
    }

    /** Tokens of a JSON value as a streaming parser reports them: objects and arrays open and close, names count. */
    private static int tokens(JsonNode node) {
        if (node.isObject()) {
            int n = 2;
            for (var property : node.properties()) {
                n += 1 + tokens(property.getValue());
            }
            return n;
        }
        if (node.isArray()) {
            int n = 2;
            for (JsonNode child : node) {
                n += tokens(child);
            }
            return n;
        }
        return 1;
    }

    static Blackhole blackhole() {
        return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }
}
