package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadSchema} against networknt json-schema-validator 2.0 (draft-04) on 10,000 generated documents per
 * schema: the same verdict and the same set of failing JSON pointers for every one. Duplicated keys are in the
 * corpus: both sides count a key by its last occurrence. Malformed JSON is not: networknt throws on it while
 * LeadSchema reports {@code syntax}, which {@link LeadSchemaTest} covers.
 */
class SchemaDifferentialTest {
    private static final int DOCUMENTS = 10_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"latest, 2020", "revision2018, 2018", "tolerant, 4"})
    void sameVerdictsAndPointersAsNetworknt(String which, long seed) {
        LeadSchema schema = SchemaModelTest.schema(which);
        JsonCorpus corpus = new JsonCorpus(seed);
        int valid = 0;
        int multiple = 0;
        Set<String> pointersSeen = new TreeSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String json = corpus.next();
            ValidationReport report = schema.validate(json);
            Set<String> ours = new TreeSet<>();
            for (Violation v : report.violations()) {
                assertThat(v.code()).as(json).isEqualTo("type");
                ours.add(v.pointer());
            }
            Set<String> reference = Networknt.failingPointers(schema, json);
            assertThat(ours).as("document %d of %s: %s", i, which, json).isEqualTo(reference);
            assertThat(report.isValid()).as(json).isEqualTo(reference.isEmpty());
            valid += report.isValid() ? 1 : 0;
            multiple += ours.size() > 1 ? 1 : 0;
            pointersSeen.addAll(ours);
        }
        assertThat(valid).as("valid documents").isBetween(DOCUMENTS / 5, DOCUMENTS * 4 / 5);
        assertThat(multiple).as("documents with several failing pointers").isGreaterThan(DOCUMENTS / 50);
        assertThat(pointersSeen).as("failing pointers seen").contains("", "/UserDetails/Email")
                .hasSizeGreaterThan(8);
    }
}
