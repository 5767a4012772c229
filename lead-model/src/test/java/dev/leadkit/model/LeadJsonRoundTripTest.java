package dev.leadkit.model;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadkit.model.internal.FieldNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The laws of the codec, over seeded generated leads and documents. */
class LeadJsonRoundTripTest {
    private static final LeadJson PASCAL = LeadJson.defaults();
    private static final LeadJson CAMEL = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build();
    /** Trees that keep every number exactly as written, so that tree equality means JSON equality. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    static Stream<Long> seeds() {
        return Gen.seeds(1000);
    }

    static Stream<Long> fewerSeeds() {
        return Gen.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readOfWriteIsIdentity(long seed) {
        Lead lead = Gen.lead(new SplittableRandom(seed));

        assertThat(PASCAL.read(PASCAL.write(lead))).isEqualTo(lead);
        assertThat(PASCAL.read(CAMEL.writeBytes(lead))).isEqualTo(lead);
        assertThat(PASCAL.read(PASCAL.write(lead)).toBuilder().build()).isEqualTo(lead);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void writingIsStable(long seed) {
        Lead lead = Gen.lead(new SplittableRandom(seed));
        byte[] once = PASCAL.writeBytes(lead);

        assertThat(PASCAL.writeBytes(PASCAL.read(once))).isEqualTo(once);
        assertThat(lead.hashCode()).isEqualTo(PASCAL.read(once).hashCode());
    }

    /**
     * Whatever Java type a caller or a mapper puts a number in, the lead holds what reading its written form gives,
     * and the same as for the number's decimal text as a BigDecimal: one rule, not one per type.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyJavaNumberTypeIsCanonicalisedByOneRule(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            Number n = Gen.number(random);
            Lead lead = Lead.builder().additionalProperty("leadId", n).build();
            Lead asDecimal = Lead.builder().additionalProperty("leadId", new BigDecimal(n.toString())).build();

            assertThat(PASCAL.read(PASCAL.write(lead))).as("%s %s", n.getClass().getSimpleName(), n)
                    .isEqualTo(lead);
            assertThat(lead).as("%s %s", n.getClass().getSimpleName(), n).isEqualTo(asDecimal);
        }
    }

    /**
     * A document with documented keys in random ASCII casing, read then written, is the same JSON once the
     * documented keys are spelled the documented way: only whitespace and casing change.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewerSeeds")
    void aReadWriteLosesOnlyWhitespaceAndCasing(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Lead lead = Gen.lead(random);
        ObjectNode document = (ObjectNode) TREES.readTree(PASCAL.writeBytes(lead));
        ObjectNode sent = recase(document, FieldNames.LEAD, random);
        if (sent.get(casedName(sent, "UserDetails")) instanceof ObjectNode) {
            String key = casedName(sent, "UserDetails");
            sent.set(key, recase((ObjectNode) sent.get(key), FieldNames.USER_DETAILS, random));
        }
        byte[] text = random.nextBoolean() ? TREES.writerWithDefaultPrettyPrinter().writeValueAsBytes(sent)
                : TREES.writeValueAsBytes(sent);

        JsonNode rewritten = TREES.readTree(PASCAL.writeBytes(PASCAL.read(text)));

        assertThat(rewritten).isEqualTo(document);
    }

    private static ObjectNode recase(ObjectNode node, List<String> documented, SplittableRandom random) {
        ObjectNode out = TREES.createObjectNode();
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> field : fields) {
            String key = field.getKey();
            out.set(FieldNames.indexOf(documented, key) >= 0 ? randomCase(key, random) : key, field.getValue());
        }
        return out;
    }

    private static String randomCase(String key, SplittableRandom random) {
        StringBuilder out = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String casedName(ObjectNode node, String documented) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(n -> n.equalsIgnoreCase(documented)).findFirst().orElse(documented);
    }
}
