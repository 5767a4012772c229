package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LeadTest {
    private static final Lead SAMPLE = LeadJson.defaults().read(Samples.bytes(Samples.DOC_2020));

    @Test
    void builderSetsEveryFieldAndToBuilderCopiesThem() {
        Lead lead = Lead.builder().actionCode("INS").offerTitle("O").leadSource("S").description("D")
                .userDetails(d -> d.firstName("F")).additionalProperty("x", 1).build();

        assertThat(lead.actionCode()).isEqualTo("INS");
        assertThat(lead.offerTitle()).isEqualTo("O");
        assertThat(lead.leadSource()).isEqualTo("S");
        assertThat(lead.description()).isEqualTo("D");
        assertThat(lead.userDetails().firstName()).isEqualTo("F");
        assertThat(lead.additionalProperties()).containsEntry("x", 1L);
        assertThat(lead.toBuilder().build()).isEqualTo(lead).isNotSameAs(lead);
        assertThat(lead.toBuilder().description(null).build().description()).isNull();
    }

    @Test
    void userDetailsConsumerStartsFromTheCurrentDetails() {
        Lead lead = SAMPLE.toBuilder().userDetails(d -> d.phone(null)).build();

        assertThat(lead.userDetails().phone()).isNull();
        assertThat(lead.userDetails().email()).isEqualTo("someone@contoso.com");
    }

    @Test
    void additionalPropertiesAreNeverNull() {
        assertThat(new Lead(null, null, null, null, null, null).additionalProperties()).isEmpty();
        assertThat(Lead.builder().additionalProperties(null).build().additionalProperties()).isEmpty();
    }

    @Test
    void mutatingAnythingReachableFromALeadFails() {
        Lead lead = LeadJson.defaults().read("{\"m\":{\"k\":[1,{\"z\":[]}]},\"UserDetails\":{\"u\":[\"v\"]}}");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) lead.additionalProperties().get("m");
        @SuppressWarnings("unchecked")
        List<Object> k = (List<Object>) m.get("k");
        @SuppressWarnings("unchecked")
        Map<String, Object> z = (Map<String, Object>) k.get(1);
        @SuppressWarnings("unchecked")
        List<Object> u = (List<Object>) lead.userDetails().additionalProperties().get("u");

        assertThatThrownBy(() -> lead.additionalProperties().put("n", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lead.additionalProperties().remove("m")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.put("n", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> k.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> k.set(0, 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> z.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) z.get("z")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> u.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lead.userDetails().additionalProperties().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lead.additionalProperties().entrySet().iterator().next().setValue(1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCallersCollectionsAreCopiedDeeply() {
        List<Object> list = new ArrayList<>(List.of("a"));
        Map<String, Object> inner = new HashMap<>(Map.of("l", list));
        Map<String, Object> outer = new LinkedHashMap<>(Map.of("inner", inner));
        Lead.Builder builder = Lead.builder().additionalProperties(outer);
        Lead lead = builder.build();

        list.add("b");
        inner.put("new", 1);
        outer.put("late", 2);
        builder.additionalProperty("afterBuild", 3);

        assertThat(lead.additionalProperties()).containsOnlyKeys("inner");
        assertThat(lead.additionalProperties().get("inner")).isEqualTo(Map.of("l", List.of("a")));
    }

    @Test
    void numbersAreHeldInOneCanonicalForm() {
        Lead lead = Lead.builder()
                .additionalProperty("int", 5)
                .additionalProperty("short", (short) 5)
                .additionalProperty("bigSmall", BigInteger.valueOf(5))
                .additionalProperty("decimalScale0", new BigDecimal("5"))
                .additionalProperty("bigBeyondLong", BigInteger.TEN.pow(20))
                .additionalProperty("double", 2.5d)
                .additionalProperty("float", 0.1f)
                .additionalProperty("decimal", new BigDecimal("2.50"))
                .build();

        assertThat(lead.additionalProperties()).containsEntry("int", 5L).containsEntry("short", 5L)
                .containsEntry("bigSmall", 5L).containsEntry("decimalScale0", 5L)
                .containsEntry("bigBeyondLong", BigInteger.TEN.pow(20))
                .containsEntry("double", new BigDecimal("2.5")).containsEntry("float", new BigDecimal("0.1"))
                .containsEntry("decimal", new BigDecimal("2.50"));
        assertThat(LeadJson.defaults().read(LeadJson.defaults().write(lead))).isEqualTo(lead);
    }

    @Test
    void refusesValuesThatAreNotJsonNamingWhere() {
        assertThatThrownBy(() -> Lead.builder().additionalProperty("x", List.of(new Object())).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"/x/0\"").hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> Lead.builder().additionalProperty("n", Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no JSON form");
        assertThatThrownBy(() -> Lead.builder().additionalProperty("a", new AtomicInteger(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AtomicInteger");
        Map<Object, Object> badKey = new HashMap<>();
        badKey.put(1, "v");
        assertThatThrownBy(() -> Lead.builder().additionalProperty("m", badKey).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a non-null String");
        assertThatThrownBy(() -> Lead.builder().additionalProperty("bad\ud800", 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> Lead.builder().additionalProperty(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void refusesAdditionalPropertiesThatStandForDocumentedOnes() {
        assertThatThrownBy(() -> Lead.builder().additionalProperty("offerTitle", "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"offerTitle\"").hasMessageContaining("OfferTitle");
        assertThatThrownBy(() -> Lead.builder().additionalProperty("USERDETAILS", Map.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UserDetails");
        assertThat(Lead.builder().additionalProperty("Email", "x").build().additionalProperties())
                .as("Email is documented inside UserDetails, not at the root").containsKey("Email");
    }

    @Test
    void toStringMasksPersonalDataAndHidesUnknownValues() {
        Lead lead = SAMPLE.toBuilder().additionalProperty("secretNote", "call someone@contoso.com").build();

        String text = lead.toString();

        assertThat(text).doesNotContain("someone@contoso.com").doesNotContain("Some,").doesNotContain("One")
                .doesNotContain("16175555555").doesNotContain("call ");
        assertThat(text).contains("s****@contoso.com").contains("firstName=S***").contains("phone=***55")
                .contains("offerTitle=Test Microsoft").contains("additionalProperties=[secretNote]");
    }

    @Test
    void actionIsTheKnownCodeOrUnknownOrEmpty() {
        assertThat(SAMPLE.action()).contains(ActionCode.INSTALL);
        assertThat(SAMPLE.toBuilder().actionCode("Upgrade").build().action()).contains(ActionCode.UNKNOWN);
        assertThat(SAMPLE.toBuilder().actionCode((String) null).build().action()).isEmpty();
        assertThat(Lead.builder().actionCode(ActionCode.START_TEST_DRIVE).build().actionCode())
                .isEqualTo("StartTestDrive");
        assertThatThrownBy(() -> Lead.builder().actionCode(ActionCode.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
    }

    @Test
    void originSplitsTheLeadSource() {
        Lead lead = Lead.builder().leadSource("AzureMarketplace-INS|contoso.myoffer").build();

        assertThat(lead.origin()).contains(new LeadOrigin("AzureMarketplace-INS|contoso.myoffer", "AzureMarketplace",
                "INS", "contoso.myoffer"));
        assertThat(Lead.builder().build().origin()).isEmpty();
    }

    @Test
    void recognisesMicrosoftTestLeads() {
        assertThat(SAMPLE.isTest()).isFalse();
        assertThat(Lead.builder().leadSource("MSFT_TEST_636573304831318844").build().isTest()).isTrue();
        assertThat(Lead.builder().userDetails(d -> d.email("MSFT_TEST_636573304831318844@test.com")).build()
                .isTest()).isTrue();
        assertThat(Lead.builder().userDetails(d -> d.firstName("msft_test_1")).build().isTest()).isTrue();
        assertThat(Lead.builder().userDetails(d -> d.lastName("x MSFT_TEST_2")).build().isTest()).isTrue();
        assertThat(Lead.builder().userDetails(d -> d.company("MSFT_TEST_3")).build().isTest())
                .as("only names, e-mail and lead source carry the marker").isFalse();
    }

    @Test
    void equalityIsByValue() {
        Lead a = LeadJson.defaults().read("{\"x\":[1,2],\"y\":{\"z\":null}}");
        Lead b = Lead.builder().additionalProperty("x", List.of(1L, 2L))
                .additionalProperty("y", java.util.Collections.singletonMap("z", null)).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.toBuilder().additionalProperty("x", List.of(1L)).build());
    }
}
