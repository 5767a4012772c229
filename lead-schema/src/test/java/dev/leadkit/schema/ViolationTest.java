package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import org.junit.jupiter.api.Test;

class ViolationTest {
    @Test
    void holdsPointerCodeAndMessage() {
        Violation v = new Violation("/UserDetails/Email", "email", "must be a syntactically valid e-mail address");
        assertThat(v.pointer()).isEqualTo("/UserDetails/Email");
        assertThat(v.code()).isEqualTo("email");
        assertThat(v.message()).isEqualTo("must be a syntactically valid e-mail address");
        assertThat(new Violation("", "type", "m").pointer()).as("the root").isEmpty();
    }

    @Test
    void refusesBadPartsByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Violation("UserDetails", "type", "m"))
                .withMessage("pointer must be empty or start with '/': UserDetails");
        assertThatIllegalArgumentException().isThrownBy(() -> new Violation("", "", "m"))
                .withMessage("code must not be empty");
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, "type", "m")).withMessage("pointer");
        assertThatNullPointerException().isThrownBy(() -> new Violation("", null, "m")).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new Violation("", "type", null)).withMessage("message");
    }

    @Test
    void ofAParseFailureKeepsItsPointerAndTellsTheLineAndColumn() {
        assertThat(Violation.of(failure("{\"UserDetails\": {\"Email\": [1]}}"))).isEqualTo(new Violation(
                "/UserDetails/Email", "type", "expected a string but found an array (line 1, column 27)"));
        assertThat(Violation.of(failure("{\"a\": tru}")).code()).isEqualTo("syntax");
        assertThat(Violation.of(failure("{\"UserDetails\": {\"Email\": \"a\", \"EMAIL\": \"b\"}}")).code()).isEqualTo("duplicate");
        assertThat(Violation.of(failure("{\"OfferTitle\": \"\u00ff\u00ff\"}", 1)).code()).isEqualTo("limit");
        assertThat(Violation.of(notUtf8()).code()).isEqualTo("syntax");
        assertThatNullPointerException().isThrownBy(() -> Violation.of(null)).withMessage("failure");
    }

    private static LeadParseException failure(String json) {
        return failure(json, LeadJson.DEFAULT_MAX_STRING_LENGTH);
    }

    private static LeadParseException failure(String json, int maxStringLength) {
        try {
            LeadJson.builder().maxStringLength(maxStringLength).build().read(json);
        } catch (LeadParseException e) {
            return e;
        }
        throw new AssertionError("expected a parse failure: " + json);
    }

    /** The failure of a document whose bytes are not UTF-8. */
    private static LeadParseException notUtf8() {
        try {
            LeadJson.defaults().read(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'});
        } catch (LeadParseException e) {
            assertThat(e.problem()).isEqualTo(LeadParseException.Problem.NOT_UTF8);
            return e;
        }
        throw new AssertionError("expected a parse failure");
    }
}
