package dev.leadkit.testing;

import dev.leadkit.model.Lead;
import dev.leadkit.schema.ValidationReport;

/**
 * Entry point of leadkit's AssertJ assertions. Import it statically beside AssertJ's own {@code assertThat}; the
 * compiler picks these overloads for a {@link Lead} and a {@link ValidationReport}.
 *
 * <pre>{@code
 * import static dev.leadkit.testing.LeadAssertions.assertThat;
 *
 * assertThat(lead).hasEmail("someone@contoso.com").hasActionCode(ActionCode.INSTALL).isNotTest();
 * assertThat(LeadSchema.latest().validate(body)).hasViolation("/UserDetails/Email", "type");
 * }</pre>
 *
 * <p>Needs AssertJ (an optional dependency of lead-testing) on the test class path. Failure messages never show
 * personal data in full; see {@link LeadAssert}.
 */
public final class LeadAssertions {
    private LeadAssertions() {
    }

    /**
     * Starts assertions on a lead.
     *
     * @param actual the lead, may be null (every assertion then fails)
     * @return the assertions
     */
    public static LeadAssert assertThat(Lead actual) {
        return new LeadAssert(actual);
    }

    /**
     * Starts assertions on a validation report.
     *
     * @param actual the report, may be null (every assertion then fails)
     * @return the assertions
     */
    public static ValidationReportAssert assertThat(ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }
}
