package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The records bind by their annotations alone in an application's own Jackson 2 and Jackson 3 mappers. */
class JacksonBindingTest {
    private static final String CAMEL = "{\"userDetails\":{\"firstName\":\"Some\",\"email\":\"someone@contoso.com\","
            + "\"linkedIn\":\"p\"},\"leadSource\":\"AzureMarketplace\",\"actionCode\":\"INS\",\"utm\":{\"k\":[1,2.5]}}";
    private static final String PASCAL = "{\"UserDetails\":{\"FirstName\":\"Some\",\"Email\":\"someone@contoso.com\","
            + "\"linkedIn\":\"p\"},\"LeadSource\":\"AzureMarketplace\",\"ActionCode\":\"INS\",\"utm\":{\"k\":[1,2.5]}}";
    private static final Lead EXPECTED = Lead.builder().actionCode("INS").leadSource("AzureMarketplace")
            .userDetails(d -> d.firstName("Some").email("someone@contoso.com").additionalProperty("linkedIn", "p"))
            .additionalProperty("utm", Map.of("k", List.of(1L, new BigDecimal("2.5"))))
            .build();

    @Test
    void jackson2ObjectMapperReadsBothCasingsAndKeepsUnknownFields() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(mapper.readValue(CAMEL, Lead.class)).isEqualTo(EXPECTED);
        assertThat(mapper.readValue(PASCAL, Lead.class)).isEqualTo(EXPECTED);
        assertThat(mapper.readValue(Samples.bytes(Samples.DOC_2020), Lead.class))
                .isEqualTo(LeadJson.defaults().read(Samples.bytes(Samples.DOC_2020)));
    }

    @Test
    void jackson2ObjectMapperWritesTheDocumentedForm() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        String written = mapper.writeValueAsString(EXPECTED);

        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(LeadJson.defaults().write(EXPECTED)));
        assertThat(written).startsWith("{\"ActionCode\":\"INS\"").doesNotContain("additionalProperties")
                .doesNotContain("null").doesNotContain("test");
    }

    @Test
    void jackson3JsonMapperReadsBothCasingsAndKeepsUnknownFields() {
        JsonMapper mapper = JsonMapper.builder().build();

        assertThat(mapper.readValue(CAMEL, Lead.class)).isEqualTo(EXPECTED);
        assertThat(mapper.readValue(PASCAL, Lead.class)).isEqualTo(EXPECTED);
        assertThat(mapper.readValue(Samples.bytes(Samples.CAMEL_CASE), Lead.class))
                .isEqualTo(LeadJson.defaults().read(Samples.bytes(Samples.CAMEL_CASE)));
    }

    @Test
    void jackson3JsonMapperWritesTheDocumentedForm() {
        JsonMapper mapper = JsonMapper.builder().build();

        String written = mapper.writeValueAsString(EXPECTED);

        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(LeadJson.defaults().write(EXPECTED)));
        assertThat(written).startsWith("{\"ActionCode\":\"INS\"").doesNotContain("additionalProperties");
    }

    @Test
    void aLeadBoundByJacksonIsAsImmutableAsOneReadByLeadJson() throws Exception {
        Lead lead = new ObjectMapper().readValue(CAMEL, Lead.class);

        assertThat(lead.additionalProperties().getClass().getName()).contains("Unmodifiable");
        assertThat(((Map<?, ?>) lead.additionalProperties().get("utm")).getClass().getName()).contains("Unmodifiable");
    }
}
