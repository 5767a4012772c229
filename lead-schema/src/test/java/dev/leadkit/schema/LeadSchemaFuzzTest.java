package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leadkit.gen.Planted;
import dev.leadkit.model.LeadParseException;
import java.util.List;

/**
 * Fuzzes {@link LeadSchema#validate(byte[])} and {@link LeadSchema#read(byte[])}. In a plain build it replays the
 * committed inputs in {@code LeadSchemaFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class LeadSchemaFuzzTest {
    private static final List<LeadSchema> SCHEMAS = List.of(LeadSchema.latest(), LeadSchema.revision2018(),
            LeadSchema.tolerant());

    /**
     * validate never throws; when read returns, its report equals validate's; when read finds malformed JSON or
     * bytes that are not UTF-8, validate reports exactly one syntax violation; no planted value in any message.
     */
    @FuzzTest(maxDuration = "30s")
    void validateAgreesWithRead(byte[] document) {
        for (LeadSchema schema : SCHEMAS) {
            ValidationReport report = schema.validate(document);
            for (Violation v : report.violations()) {
                assertThat(v.pointer()).matches("(?s)(/.*)?");
                Planted.check(document, v.message(), v.pointer());
            }
            try {
                CheckedLead read = schema.read(document);
                assertThat(read.report()).isEqualTo(report);
            } catch (LeadParseException e) {
                Planted.check(document, e.getMessage(), e.pointer());
                if (e.problem() == LeadParseException.Problem.MALFORMED
                        || e.problem() == LeadParseException.Problem.NOT_UTF8) {
                    assertThat(report.violations()).singleElement()
                            .satisfies(v -> assertThat(v.code()).isEqualTo("syntax"));
                }
            }
        }
    }
}
