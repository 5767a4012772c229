package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.ValidationReport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
    private static final ValidationReport VALID = LeadSchema.latest().validate(TestLeads.documented2020().bytes());
    /** Two type violations: a null e-mail and a numeric phone. */
    private static final ValidationReport TWO = LeadSchema.latest()
            .validate("{\"UserDetails\":{\"Email\":null,\"Phone\":16175555555}}");

    private static void failsWith(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    @Test
    void passingAssertionsChain() {
        LeadAssertions.assertThat(VALID).isValid().hasViolationCount(0);
        LeadAssertions.assertThat(TWO).isNotValid().hasViolationAt("/UserDetails/Email").hasViolationCode("type")
                .hasViolation("/UserDetails/Phone", "type").hasViolationCount(2);
    }

    @Test
    void isValidListsWhatWasFound() {
        failsWith(() -> LeadAssertions.assertThat(TWO).isValid(),
                "Expecting the report to be valid\nbut found 2 violations:\n"
                        + "  \"/UserDetails/Email\" [type] expected a string but found null\n"
                        + "  \"/UserDetails/Phone\" [type] expected a string but found a number");
        failsWith(() -> LeadAssertions.assertThat(VALID).isNotValid(),
                "Expecting the report to have violations\nbut it is valid");
    }

    @Test
    void missingViolationsNameWhatWasExpected() {
        failsWith(() -> LeadAssertions.assertThat(VALID).hasViolationAt("/UserDetails/Email"),
                "Expecting a violation at \"/UserDetails/Email\"\nbut found none");
        failsWith(() -> LeadAssertions.assertThat(TWO).hasViolationCode("email"),
                "Expecting a violation with code \"email\"\nbut found 2 violations:\n"
                        + "  \"/UserDetails/Email\" [type] expected a string but found null\n"
                        + "  \"/UserDetails/Phone\" [type] expected a string but found a number");
        failsWith(() -> LeadAssertions.assertThat(TWO).hasViolation("/UserDetails/Email", "syntax"),
                "Expecting a violation at \"/UserDetails/Email\" with code \"syntax\"\nbut found 2 violations:\n"
                        + "  \"/UserDetails/Email\" [type] expected a string but found null\n"
                        + "  \"/UserDetails/Phone\" [type] expected a string but found a number");
        failsWith(() -> LeadAssertions.assertThat(LeadSchema.latest().validate("[]")).hasViolationAt("/UserDetails"),
                "Expecting a violation at \"/UserDetails\"\nbut found 1 violation:\n"
                        + "  \"\" (the root) [type] expected an object but found an array");
    }

    @Test
    void countsAreCheckedAndRefusedBelowZero() {
        failsWith(() -> LeadAssertions.assertThat(TWO).hasViolationCount(1),
                "Expecting 1 violation\nbut found 2 violations:\n"
                        + "  \"/UserDetails/Email\" [type] expected a string but found null\n"
                        + "  \"/UserDetails/Phone\" [type] expected a string but found a number");
        assertThatThrownBy(() -> LeadAssertions.assertThat(VALID).hasViolationCount(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expected must be >= 0: -1");
        failsWith(() -> LeadAssertions.assertThat((ValidationReport) null).isValid(),
                "\nExpecting actual not to be null");
    }
}
