package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadSchema#read}, the one-pass read and check, against the two passes it replaces: for every generated
 * document, the same lead as {@code LeadJson.read} and the same report as {@link LeadSchema#validate}, or the same
 * {@link LeadParseException} when the document is not a lead.
 */
class LeadSchemaReadTest {
    private static final int DOCUMENTS = 10_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"latest, 7", "revision2018, 8", "tolerant, 9"})
    void agreesWithValidateThenReadOnEveryDocument(String which, long seed) {
        LeadSchema schema = SchemaModelTest.schema(which);
        JsonCorpus corpus = new JsonCorpus(seed);
        int readable = 0;
        int readableButInvalid = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] json = corpus.next().getBytes(StandardCharsets.UTF_8);
            Lead expected;
            try {
                expected = LeadJson.defaults().read(json);
            } catch (LeadParseException e) {
                assertThatThrownBy(() -> schema.read(json)).as(new String(json, StandardCharsets.UTF_8))
                        .isInstanceOfSatisfying(LeadParseException.class, thrown -> {
                            assertThat(thrown.problem()).isEqualTo(e.problem());
                            assertThat(thrown.pointer()).isEqualTo(e.pointer());
                        });
                continue;
            }
            CheckedLead checked = schema.read(json);
            assertThat(checked.lead()).isEqualTo(expected);
            assertThat(checked.report()).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(schema.validate(json));
            readable++;
            readableButInvalid += checked.report().isValid() ? 0 : 1;
        }
        assertThat(readable).as("documents LeadJson reads").isGreaterThan(DOCUMENTS / 10);
        assertThat(readableButInvalid).as("of those, schema-invalid").isGreaterThan(readable / 20);
    }

    @Test
    void reportsTypesTheSchemaRefusesInALeadLeadJsonAccepts() {
        byte[] json = ("{\"ActionCode\":null,\"OfferTitle\":5,\"UserDetails\":{\"Email\":true,\"email2\":{}},"
                + "\"userDetails2\":{\"Email\":5}}").getBytes(StandardCharsets.UTF_8);

        CheckedLead checked = LeadSchema.latest().read(json);

        assertThat(checked.lead().offerTitle()).isEqualTo("5");
        assertThat(checked.report().violations()).extracting(Violation::pointer)
                .containsExactly("/ActionCode", "/OfferTitle", "/UserDetails/Email");
        assertThat(checked.report()).isEqualTo(LeadSchema.latest().validate(json));
        assertThat(LeadSchema.tolerant().read(json).report().violations()).extracting(Violation::pointer)
                .containsExactly("/OfferTitle", "/UserDetails/Email");
    }

    @Test
    void usesTheGivenCodecsLimits() {
        byte[] json = "{\"Description\":\"0123456789\"}".getBytes(StandardCharsets.UTF_8);
        LeadJson strict = LeadJson.builder().maxStringLength(5).build();

        assertThatThrownBy(() -> LeadSchema.latest().read(json, strict)).isInstanceOfSatisfying(
                LeadParseException.class, e -> assertThat(e.problem()).isEqualTo(LeadParseException.Problem.LIMIT_EXCEEDED));
        assertThat(LeadSchema.latest().read(json).lead().description()).isEqualTo("0123456789");
    }
}
