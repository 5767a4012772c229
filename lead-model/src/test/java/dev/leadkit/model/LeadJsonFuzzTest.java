package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.leadkit.gen.Planted;

/**
 * Fuzzes {@link LeadJson#read(byte[])}. In a plain build it replays the committed inputs in
 * {@code LeadJsonFuzzTestInputs/} (seeds and every crash found); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class LeadJsonFuzzTest {
    private static final LeadJson PASCAL = LeadJson.defaults();
    private static final LeadJson CAMEL = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build();

    /** Only LeadParseException; a lead read equals its round trip; no planted value in a message or pointer. */
    @FuzzTest(maxDuration = "30s")
    void read(byte[] document) {
        Lead lead;
        try {
            lead = PASCAL.read(document);
        } catch (LeadParseException e) {
            assertThat(e.pointer()).matches("(?s)(/.*)?");
            assertThat(e.problem()).isNotNull();
            Planted.check(document, e.getMessage(), e.pointer());
            return;
        }
        byte[] written = PASCAL.writeBytes(lead);
        assertThat(PASCAL.read(written)).isEqualTo(lead);
        assertThat(PASCAL.writeBytes(PASCAL.read(written))).isEqualTo(written);
        assertThat(PASCAL.read(CAMEL.writeBytes(lead))).isEqualTo(lead);
        assertThat(lead.toBuilder().build()).isEqualTo(lead);
        assertThat(lead.userDetails()).isNotNull();
        Planted.check(document, lead.toString());
    }
}
