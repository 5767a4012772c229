package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final URI ENDPOINT = URI.create("https://host/invoke?sp=%2Ftriggers%2Fmanual&sv=1.0&sig=abc123");

    private static String excerpt(String body) {
        return new Redactor(ENDPOINT, Harness.LEAD).excerpt(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesEchoedSecretsAndPersonalData() {
        assertThat(excerpt("sig=abc123 for someone@contoso.com, Some Onewho, 16175555555"))
                .isEqualTo("sig=*** for ***, *** ***, ***");
        assertThat(excerpt("sp was /triggers/manual")).isEqualTo("sp was ***");
        assertThat(excerpt("query sp=%2Ftriggers%2Fmanual&sv=1.0&sig=abc123")).isEqualTo("query ***");
    }

    @Test
    void leavesShortValuesAlone() {
        Lead shortNames = Harness.LEAD.toBuilder().userDetails(d -> d.firstName("Al").lastName("Li")).build();
        String text = new Redactor(URI.create("https://host/x"), shortNames)
                .excerpt("All Lines".getBytes(StandardCharsets.UTF_8));

        assertThat(text).isEqualTo("All Lines");
    }

    @Test
    void cutsAfterRedactingAndReplacesMalformedBytes() {
        assertThat(excerpt("a".repeat(2000))).hasSize(SendResult.MAX_EXCERPT_LENGTH);
        String redactedAtTheEdge = excerpt("b".repeat(SendResult.MAX_EXCERPT_LENGTH - 3) + "abc123");
        assertThat(redactedAtTheEdge).endsWith("bbb***").doesNotContain("abc");
        assertThat(new Redactor(ENDPOINT, Harness.LEAD).excerpt(new byte[] {'o', 'k', (byte) 0xC3}))
                .isEqualTo("ok\uFFFD");
    }

    @Test
    void neverEndsOnHalfASurrogatePair() {
        String text = excerpt("c".repeat(SendResult.MAX_EXCERPT_LENGTH - 1) + "\uD83D\uDE00");

        assertThat(text).hasSize(SendResult.MAX_EXCERPT_LENGTH - 1);
        assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).isFalse();
    }
}
