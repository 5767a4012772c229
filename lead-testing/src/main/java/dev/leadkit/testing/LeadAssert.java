package dev.leadkit.testing;

import dev.leadkit.model.ActionCode;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadOrigin;
import dev.leadkit.model.UserDetails;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link Lead}; start with {@link LeadAssertions#assertThat(Lead)}.
 *
 * <p>Failure messages show what was expected and what was found. Names, e-mail addresses and phone numbers are
 * masked on both sides ({@code s****@contoso.com}), so a failing test never prints personal data; when two different
 * values mask alike, the message says so. Other values are shown quoted, control characters escaped, cut after 80
 * characters. An expected value of {@code null} means "absent".
 */
public final class LeadAssert extends AbstractObjectAssert<LeadAssert, Lead> {
    LeadAssert(Lead actual) {
        super(actual, LeadAssert.class);
    }

    /**
     * Checks the action code as sent.
     *
     * @param expected the action code as sent, such as {@code INS}; null for absent
     * @return this
     */
    public LeadAssert hasActionCode(String expected) {
        return field("action code", expected, Lead::actionCode, null);
    }

    /**
     * Checks the action code as a known value ({@link Lead#action()}), ignoring case as {@link ActionCode#of}
     * does.
     *
     * @param expected a known code
     * @return this
     */
    public LeadAssert hasActionCode(ActionCode expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        ActionCode found = actual.action().orElse(null);
        if (found != expected) {
            fail("Expecting the lead's action code to be " + expected + " (" + SafeText.quote(String.valueOf(
                    expected.code())) + ")\nbut was:\n  " + shown(actual.actionCode(), null)
                    + (found == null ? "" : " (" + found + ")"));
        }
        return this;
    }

    /**
     * Checks the offer title.
     *
     * @param expected the offer title; null for absent
     * @return this
     */
    public LeadAssert hasOfferTitle(String expected) {
        return field("offer title", expected, Lead::offerTitle, null);
    }

    /**
     * Checks the lead source.
     *
     * @param expected the lead source as sent; null for absent
     * @return this
     */
    public LeadAssert hasLeadSource(String expected) {
        return field("lead source", expected, Lead::leadSource, null);
    }

    /**
     * Checks the offer part of a composite lead source ({@code contoso.myoffer} in
     * {@code AzureMarketplace-INS|contoso.myoffer}).
     *
     * @param expected the {@code publisher.offer} part
     * @return this
     */
    public LeadAssert hasOffer(String expected) {
        Objects.requireNonNull(expected, "expected");
        return field("offer (from the lead source)", expected,
                lead -> lead.origin().map(LeadOrigin::offer).orElse(null), null);
    }

    /**
     * Checks the description.
     *
     * @param expected the description; null for absent
     * @return this
     */
    public LeadAssert hasDescription(String expected) {
        return field("description", expected, Lead::description, null);
    }

    /**
     * Checks the first name.
     *
     * @param expected the first name, masked in messages; null for absent
     * @return this
     */
    public LeadAssert hasFirstName(String expected) {
        return detail("first name", expected, UserDetails::firstName, SafeText::name);
    }

    /**
     * Checks the last name.
     *
     * @param expected the last name, masked in messages; null for absent
     * @return this
     */
    public LeadAssert hasLastName(String expected) {
        return detail("last name", expected, UserDetails::lastName, SafeText::name);
    }

    /**
     * Checks the e-mail address.
     *
     * @param expected the e-mail address, masked in messages; null for absent
     * @return this
     */
    public LeadAssert hasEmail(String expected) {
        return detail("e-mail", expected, UserDetails::email, SafeText::email);
    }

    /**
     * Checks the phone.
     *
     * @param expected the phone number, masked in messages; null for absent
     * @return this
     */
    public LeadAssert hasPhone(String expected) {
        return detail("phone", expected, UserDetails::phone, SafeText::phone);
    }

    /**
     * Checks the country.
     *
     * @param expected the country; null for absent
     * @return this
     */
    public LeadAssert hasCountry(String expected) {
        return detail("country", expected, UserDetails::country, null);
    }

    /**
     * Checks the company.
     *
     * @param expected the company; null for absent
     * @return this
     */
    public LeadAssert hasCompany(String expected) {
        return detail("company", expected, UserDetails::company, null);
    }

    /**
     * Checks the job title.
     *
     * @param expected the job title; null for absent
     * @return this
     */
    public LeadAssert hasTitle(String expected) {
        return detail("job title", expected, UserDetails::title, null);
    }

    /** Checks that the lead has no {@code UserDetails} at all. @return this */
    public LeadAssert hasNoUserDetails() {
        isNotNull();
        if (actual.hasUserDetails()) {
            fail("Expecting the lead to have no UserDetails\nbut it has: " + actual.userDetails());
        }
        return this;
    }

    /** Checks {@link Lead#isTest()}: a {@code MSFT_TEST_} lead from Partner Center. @return this */
    public LeadAssert isTest() {
        isNotNull();
        if (!actual.isTest()) {
            fail("Expecting a test lead (MSFT_TEST_ in the lead source, a name or the e-mail)\nbut found none in:\n  "
                    + actual);
        }
        return this;
    }

    /** Checks that {@link Lead#isTest()} is false. @return this */
    public LeadAssert isNotTest() {
        isNotNull();
        if (actual.isTest()) {
            fail("Expecting a real lead\nbut it is a test lead (MSFT_TEST_):\n  " + actual);
        }
        return this;
    }

    /**
     * Checks that the root has a property the schema does not name.
     *
     * @param name the property name, exact
     * @return this
     */
    public LeadAssert hasAdditionalProperty(String name) {
        Objects.requireNonNull(name, "name");
        isNotNull();
        if (!actual.additionalProperties().containsKey(name)) {
            fail("Expecting the lead to have the additional property " + SafeText.quote(name) + "\nbut it has "
                    + names());
        }
        return this;
    }

    /**
     * Checks a property the schema does not name and its value. In messages, strings are masked like names
     * (their first character, then {@code ***}) since their content is unknown; numbers, booleans and null are shown.
     *
     * @param name the property name, exact
     * @param expected the plain JSON value ({@code Long}, {@code BigDecimal}, {@code String}, {@code List}, ...), as
     *     {@link Lead#additionalProperties()} holds it; an {@code Integer} is compared as a {@code Long}
     * @return this
     */
    public LeadAssert hasAdditionalProperty(String name, Object expected) {
        hasAdditionalProperty(name);
        Object wanted = expected instanceof Integer ? Long.valueOf((Integer) expected) : expected;
        Object found = actual.additionalProperties().get(name);
        if (!Objects.equals(wanted, found)) {
            fail("Expecting the lead's additional property " + SafeText.quote(name) + " to be:\n  "
                    + JsonShape.of(wanted)
                    + "\nbut was:\n  " + JsonShape.of(found));
        }
        return this;
    }

    /**
     * Checks that the root has no property the schema does not name.
     *
     * @return this
     */
    public LeadAssert hasNoAdditionalProperties() {
        isNotNull();
        if (!actual.additionalProperties().isEmpty()) {
            fail("Expecting the lead to have no additional properties\nbut it has " + names());
        }
        return this;
    }

    /** Checks that {@code LeadValidator.defaults()} finds nothing wrong. @return this */
    public LeadAssert isValid() {
        return isValid(LeadValidator.defaults());
    }

    /**
     * Checks that a validator finds nothing wrong.
     *
     * @param validator the validator, with the profiles the receiver uses
     * @return this
     */
    public LeadAssert isValid(LeadValidator validator) {
        Objects.requireNonNull(validator, "validator");
        isNotNull();
        ValidationReport report = validator.validate(actual);
        if (!report.isValid()) {
            fail("Expecting the lead to be valid according to " + validator + "\nbut found "
                    + ValidationReportAssert.describe(report.violations()));
        }
        return this;
    }

    private String names() {
        List<String> quoted = new ArrayList<>();
        actual.additionalProperties().keySet().forEach(n -> quoted.add(SafeText.quote(n)));
        return quoted.isEmpty() ? "none" : quoted.toString();
    }

    private LeadAssert detail(String what, String expected, Function<UserDetails, String> get,
            UnaryOperator<String> mask) {
        isNotNull();
        if (!actual.hasUserDetails() && expected != null) {
            fail("Expecting the lead's " + what + " to be:\n  " + shown(expected, mask)
                    + "\nbut the lead has no UserDetails");
        }
        return field(what, expected, lead -> get.apply(lead.userDetails()), mask);
    }

    private LeadAssert field(String what, String expected, Function<Lead, String> get, UnaryOperator<String> mask) {
        isNotNull();
        String found = get.apply(actual);
        if (!Objects.equals(expected, found)) {
            String wanted = shown(expected, mask);
            String got = shown(found, mask);
            String note = mask == null ? ""
                    : wanted.equals(got) ? "\n(personal data masked; the values differ"
                            + (expected != null && expected.equalsIgnoreCase(found) ? " only in letter case)" : ")")
                    : "\n(personal data masked)";
            fail("Expecting the lead's " + what + " to be:\n  " + wanted + "\nbut was:\n  " + got + note);
        }
        return this;
    }

    private static String shown(String value, UnaryOperator<String> mask) {
        return value == null ? "absent" : SafeText.quote(mask == null ? value : mask.apply(value));
    }

    /** Fails with a message built here; it may hold '%', so it is passed as an argument, never as a format. */
    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
