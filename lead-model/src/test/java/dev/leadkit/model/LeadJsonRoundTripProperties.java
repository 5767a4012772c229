package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadkit.model.internal.FieldNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the codec, over generated leads and documents. */
class LeadJsonRoundTripProperties {
    private static final LeadJson PASCAL = LeadJson.defaults();
    private static final LeadJson CAMEL = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build();
    /** Trees that keep every number exactly as written, so that tree equality means JSON equality. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Provide
    Arbitrary<Lead> leads() {
        return LeadArbitraries.leads();
    }

    @Property(tries = 1000)
    void readOfWriteIsIdentity(@ForAll("leads") Lead lead) {
        assertThat(PASCAL.read(PASCAL.write(lead))).isEqualTo(lead);
        assertThat(PASCAL.read(CAMEL.writeBytes(lead))).isEqualTo(lead);
    }

    @Property(tries = 500)
    void writingIsStable(@ForAll("leads") Lead lead) {
        byte[] once = PASCAL.writeBytes(lead);

        assertThat(PASCAL.writeBytes(PASCAL.read(once))).isEqualTo(once);
        assertThat(lead.hashCode()).isEqualTo(PASCAL.read(once).hashCode());
    }

    /**
     * A document with documented keys in random ASCII casing, read then written, is the same JSON once the
     * documented keys are spelled the documented way: only whitespace and casing change.
     */
    @Property(tries = 500)
    void aReadWriteLosesOnlyWhitespaceAndCasing(@ForAll("leads") Lead lead, @ForAll long seed) throws Exception {
        Random random = new Random(seed);
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

    private static ObjectNode recase(ObjectNode node, List<String> documented, Random random) {
        ObjectNode out = TREES.createObjectNode();
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> field : fields) {
            String key = field.getKey();
            out.set(FieldNames.indexOf(documented, key) >= 0 ? randomCase(key, random) : key, field.getValue());
        }
        return out;
    }

    private static String randomCase(String key, Random random) {
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
