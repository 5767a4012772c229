package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final URI ENDPOINT = URI.create("https://host/invoke?sp=%2Ftriggers%2Fmanual&sv=1.0&sig=abc123");
    /** Personal data with non-ASCII letters, as in Microsoft's Fabrikam sample. */
    private static final Lead ZOE = Harness.LEAD.toBuilder().userDetails(d -> d.firstName("Zoë")
            .lastName("Ångström").email("zoe.angstrom@fabrikam.example").phone("+46 8 123 456 78")).build();

    private static String excerpt(String body) {
        return excerpt(ENDPOINT, Harness.LEAD, body);
    }

    private static String excerpt(URI endpoint, Lead lead, String body) {
        return new Redactor(endpoint, lead).excerpt(body.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    @Test
    void replacesEchoedSecretsAndPersonalData() {
        assertThat(excerpt("sig=abc123 for someone@contoso.com, Some Onewho, 16175555555"))
                .isEqualTo("sig=*** for ***, *** ***, ***");
        assertThat(excerpt("sp was /triggers/manual")).isEqualTo("sp was ***");
        assertThat(excerpt("query sp=%2Ftriggers%2Fmanual&sv=1.0&sig=abc123")).isEqualTo("query ***");
    }

    @Test
    void seesThroughJsonEscapesCaseAndPhoneFormatting() {
        String escaped = "{\"name\":\"Zo\\u00eb \\u00c5ngstr\\u00f6m\",\"email\":\"ZOE.ANGSTROM@FABRIKAM.EXAMPLE\","
                + "\"phone\":\"+46812345678\",\"other\":\"zoe.angstrom\\u0040fabrikam.example\"}";

        assertThat(excerpt(ENDPOINT, ZOE, escaped)).isEqualTo(
                "{\"name\":\"*** ***\",\"email\":\"***\",\"phone\":\"+***\",\"other\":\"***\"}");
        assertThat(excerpt(ENDPOINT, ZOE, "call 08-123 456 78 or (+46) 8 12 34 56 78, ZOË"))
                .isEqualTo("call 0*** or (+***, ***");
        assertThat(excerpt(ENDPOINT, Harness.LEAD, "US: (617) 555-5555, intl +1 617-555-5555"))
                .isEqualTo("US: (***, intl +***");
    }

    @Test
    void redactsTheEndpointPathAfterItsFirstSegmentAlsoWhenEscaped() {
        URI zapier = URI.create("https://hooks.zapier.com/hooks/catch/123456/abcdefSECRET/");

        assertThat(excerpt(zapier, null, "{\"url\":\"https:\\/\\/hooks.zapier.com\\/hooks\\/catch\\/123456\\/"
                + "abcdefsecret\\/\"}")).doesNotContain("123456").doesNotContainIgnoringCase("abcdefsecret")
                .startsWith("{\"url\":\"https:\\/\\/hooks.zapier.com\\/hooks");
    }

    @Test
    void summarisesAProblemAnswerAndRedactsItToo() {
        String problem = "{\"type\":\"tag:leadkit.dev,2026:problem/invalid-lead\",\"title\":\"Invalid lead\","
                + "\"status\":422,\"detail\":\"2 violations for SOMEONE@CONTOSO.COM\",\"errors\":["
                + "{\"pointer\":\"/UserDetails/Email\",\"code\":\"format\",\"detail\":\"someone@contoso.com\"},"
                + "{\"pointer\":\"/OfferTitle\",\"code\":\"required\"}]}";

        assertThat(new Redactor(ENDPOINT, Harness.LEAD).excerpt(problem.getBytes(StandardCharsets.UTF_8),
                Optional.of("application/problem+json; charset=utf-8")))
                .isEqualTo("Invalid lead: 2 violations for ***; errors: /UserDetails/Email (format), "
                        + "/OfferTitle (required)");
    }

    @Test
    void summarisesAProblemCutAtTheCaptureLimitAndKeepsOtherBodiesRaw() {
        String cut = "{\"title\":\"Invalid lead\",\"errors\":[{\"pointer\":\"/a\",\"code\":\"x\"},{\"poin";
        Redactor redactor = new Redactor(ENDPOINT, null);

        assertThat(redactor.excerpt(cut.getBytes(StandardCharsets.UTF_8), Optional.of("application/problem+json")))
                .isEqualTo("Invalid lead; errors: /a (x)");
        assertThat(redactor.excerpt("[1,2]".getBytes(StandardCharsets.UTF_8),
                Optional.of("application/problem+json"))).isEqualTo("[1,2]");
        assertThat(redactor.excerpt(cut.getBytes(StandardCharsets.UTF_8), Optional.of("application/json")))
                .isEqualTo(cut);
    }

    @Test
    void leavesShortValuesAlone() {
        Lead shortNames = Harness.LEAD.toBuilder().userDetails(d -> d.firstName("Al").lastName("Li")).build();

        assertThat(excerpt(URI.create("https://host/x"), shortNames, "All Lines")).isEqualTo("All Lines");
    }

    @Test
    void cutsAfterRedactingAndReplacesMalformedBytes() {
        assertThat(excerpt("a".repeat(2000))).hasSize(SendResult.MAX_EXCERPT_LENGTH);
        String redactedAtTheEdge = excerpt("b".repeat(SendResult.MAX_EXCERPT_LENGTH - 3) + "abc123");
        assertThat(redactedAtTheEdge).endsWith("bbb***").doesNotContain("abc");
        assertThat(new Redactor(ENDPOINT, Harness.LEAD).excerpt(new byte[] {'o', 'k', (byte) 0xC3},
                Optional.empty())).isEqualTo("ok\uFFFD");
    }

    @Test
    void neverEndsOnHalfASurrogatePair() {
        String text = excerpt("c".repeat(SendResult.MAX_EXCERPT_LENGTH - 1) + "\uD83D\uDE00");

        assertThat(text).hasSize(SendResult.MAX_EXCERPT_LENGTH - 1);
        assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).isFalse();
    }
}
