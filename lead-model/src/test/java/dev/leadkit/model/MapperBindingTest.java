package dev.leadkit.model;

import dev.leadkit.gen.Gen;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14.2 and 10.6 under an application's own mappers: unknown properties keep document order, and a lead with no,
 * a null or an empty {@code UserDetails} binds, writes back as it was, and chains without a null check.
 */
class MapperBindingTest {
    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

    static Stream<Long> seeds() {
        return Gen.seeds(200);
    }

    /** Keys in a generated order, at the root and in UserDetails: both mappers keep it, as LeadJson does. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void unknownPropertiesKeepDocumentOrderUnderBothMappers(long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("Email", "someone@contoso.com");
        for (int i = 0, n = 3 + r.nextInt(8); i < n; i++) {
            root.put(word(r), r.nextInt(3) == 0 ? (Object) r.nextLong() : word(r));
            details.put(word(r), word(r));
        }
        root.put(r.nextBoolean() ? "UserDetails" : "userDetails", details);
        String json = JACKSON2.writeValueAsString(root);
        Lead expected = LeadJson.defaults().read(json);

        Lead byJackson2 = JACKSON2.readValue(json, Lead.class);
        Lead byJackson3 = JACKSON3.readValue(json, Lead.class);

        List<String> order = new ArrayList<>(expected.additionalProperties().keySet());
        List<String> detailsOrder = new ArrayList<>(expected.userDetails().additionalProperties().keySet());
        assertThat(new ArrayList<>(byJackson2.additionalProperties().keySet())).isEqualTo(order);
        assertThat(new ArrayList<>(byJackson3.additionalProperties().keySet())).isEqualTo(order);
        assertThat(new ArrayList<>(byJackson2.userDetails().additionalProperties().keySet())).isEqualTo(detailsOrder);
        assertThat(new ArrayList<>(byJackson3.userDetails().additionalProperties().keySet())).isEqualTo(detailsOrder);
        assertThat(byJackson2).isEqualTo(expected);
        assertThat(byJackson3).isEqualTo(expected);
    }

    @Test
    void theIssuesExampleOrderIsKept() throws Exception {
        String json = "{\"alpha\":1,\"mid\":2,\"zeta\":3,\"beta\":4,\"gamma\":5}";

        assertThat(JACKSON2.readValue(json, Lead.class).additionalProperties().keySet())
                .containsExactly("alpha", "mid", "zeta", "beta", "gamma");
        assertThat(JACKSON3.readValue(json, Lead.class).additionalProperties().keySet())
                .containsExactly("alpha", "mid", "zeta", "beta", "gamma");
    }

    /** Absent, null and {} each read, chain and write back as they were, by LeadJson and by both mappers. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("detailsForms")
    void userDetailsChainsWithoutANullCheckAndKeepsItsForm(String json, boolean present) throws Exception {
        for (Lead lead : List.of(LeadJson.defaults().read(json), JACKSON2.readValue(json, Lead.class),
                JACKSON3.readValue(json, Lead.class))) {
            assertThat(lead.userDetails().email()).isNull();
            assertThat(lead.userDetails().additionalProperties()).isEmpty();
            assertThat(lead.hasUserDetails()).isEqualTo(present);
            assertThat(LeadJson.defaults().read(LeadJson.defaults().write(lead))).isEqualTo(lead);
            assertThat(lead.toBuilder().build()).isEqualTo(lead);
            assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(lead), Lead.class)).isEqualTo(lead);
            assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(lead), Lead.class)).isEqualTo(lead);
            assertThat(JACKSON2.writeValueAsString(lead).contains("UserDetails")).isEqualTo(present);
            assertThat(JACKSON3.writeValueAsString(lead).contains("UserDetails")).isEqualTo(present);
        }
    }

    static Stream<Object[]> detailsForms() {
        return Stream.of(new Object[] {"{}", false}, new Object[] {"{\"UserDetails\":null}", false},
                new Object[] {"{\"userDetails\":null,\"x\":1}", false}, new Object[] {"{\"UserDetails\":{}}", true},
                new Object[] {"{\"USERDETAILS\":{},\"x\":[]}", true});
    }

    @Test
    void theDetailsOfALeadWithoutThemKeepItWithoutThemWhenPassedOn() {
        Lead none = LeadJson.defaults().read("{}");

        Lead copy = Lead.builder().userDetails(none.userDetails()).build();

        assertThat(copy.hasUserDetails()).isFalse();
        assertThat(copy).isEqualTo(none);
    }

    private static String word(SplittableRandom r) {
        StringBuilder out = new StringBuilder("k");
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
            out.append((char) ('a' + r.nextInt(26)));
        }
        return out.toString();
    }
}
