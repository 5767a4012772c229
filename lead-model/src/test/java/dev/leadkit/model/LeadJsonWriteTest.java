package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadJsonWriteTest {
    /** Trees that keep every number exactly as written, so that tree equality means JSON equality. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void writesTheDocumentedShapeOfThe2020Sample() throws Exception {
        byte[] sample = Samples.bytes(Samples.DOC_2020);

        String written = LeadJson.defaults().write(LeadJson.defaults().read(sample));

        assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(sample));
        assertThat(written).startsWith("{\"ActionCode\":\"INS\",\"OfferTitle\":\"Test Microsoft\","
                + "\"LeadSource\":\"AzureMarketplace\",\"Description\":\"Test run through Power Automate\","
                + "\"UserDetails\":{\"FirstName\":\"Some\",");
    }

    @Test
    void writesTheDocumentedShapeOfThe2018Sample() throws Exception {
        byte[] sample = Samples.bytes(Samples.DOC_2018);

        byte[] written = LeadJson.defaults().writeBytes(LeadJson.defaults().read(sample));

        assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(sample));
    }

    @Test
    void writesCamelCaseWhenAsked() throws Exception {
        LeadJson camel = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build();
        byte[] sample = Samples.bytes(Samples.CAMEL_CASE);

        String written = camel.write(LeadJson.defaults().read(sample));

        assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(sample));
        assertThat(written).contains("\"userDetails\":{\"firstName\":").doesNotContain("UserDetails");
    }

    @Test
    void omitsAbsentFields() {
        Lead lead = Lead.builder().offerTitle("T").userDetails(d -> d.email("e@x.example")).build();

        assertThat(LeadJson.defaults().write(lead))
                .isEqualTo("{\"OfferTitle\":\"T\",\"UserDetails\":{\"Email\":\"e@x.example\"}}");
        assertThat(LeadJson.defaults().write(Lead.builder().build())).isEqualTo("{}");
    }

    @Test
    void writesAdditionalPropertiesAfterTheDocumentedOnesInTheirOrder() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("b", Arrays.asList(1, null, true));
        nested.put("a", Map.of());
        Lead lead = Lead.builder()
                .additionalProperty("zeta", "z")
                .additionalProperty("alpha", nested)
                .additionalProperty("big", new BigInteger("123456789012345678901234567890"))
                .additionalProperty("dec", new BigDecimal("2.50"))
                .additionalProperty("exp", new BigDecimal("1E+400"))
                .additionalProperty("nil", null)
                .actionCode("INS")
                .build();

        assertThat(LeadJson.defaults().write(lead)).isEqualTo("{\"ActionCode\":\"INS\",\"zeta\":\"z\","
                + "\"alpha\":{\"b\":[1,null,true],\"a\":{}},\"big\":123456789012345678901234567890,"
                + "\"dec\":2.50,\"exp\":1E+400,\"nil\":null}");
    }

    @Test
    void escapesWhatJsonRequiresAndWritesOtherTextAsUtf8() {
        Lead lead = Lead.builder().description("quote\" back\\ nl\n tab\t nul\u0000 é 😀 lone\ud800").build();

        byte[] written = LeadJson.defaults().writeBytes(lead);

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(
                "{\"Description\":\"quote\\\" back\\\\ nl\\n tab\\t nul\\u0000 é 😀 lone\\uD800\"}");
        assertThat(LeadJson.defaults().read(written)).isEqualTo(lead);
    }

    @Test
    void prettyPrintsWhenAsked() {
        String pretty = LeadJson.builder().prettyPrint(true).build()
                .write(Lead.builder().actionCode("INS").userDetails(d -> d.country("US")).build());

        assertThat(pretty).contains("\n").contains("\"ActionCode\" : \"INS\"");
        assertThat(LeadJson.defaults().read(pretty).userDetails().country()).isEqualTo("US");
    }

    @Test
    void writeAndWriteBytesAgree() {
        Lead lead = LeadJson.defaults().read(Samples.bytes(Samples.CAMEL_CASE));

        assertThat(LeadJson.defaults().write(lead).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(LeadJson.defaults().writeBytes(lead));
    }

    @Test
    void aReadWriteOfARealShapedDocumentKeepsEveryValue() throws Exception {
        String document = "{\"leadSource\":\"AzurePortal\",\"userDetails\":{\"email\":\"a@b.example\","
                + "\"extra\":{\"k\":[1.0,2,\"3\"]}},\"trackingId\":\"c0ffee\",\"score\":0.75}";
        JsonNode original = TREES.readTree(document);

        JsonNode rewritten = TREES.readTree(LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build()
                .write(LeadJson.defaults().read(document)));

        assertThat(rewritten).isEqualTo(original);
        assertThat(List.of(rewritten.fieldNames().next())).containsExactly("leadSource");
    }
}
