package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.ActionCode;
import dev.leadkit.model.Lead;
import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadValidator;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Passing assertions pass; failing ones fail with exactly the documented message, personal data masked. */
class LeadAssertTest {
    private static final Lead DOCUMENTED = TestLeads.documented2020().lead();
    private static final Lead CAMEL = TestLeads.camelCase().lead();

    private static void failsWith(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    @Test
    void passingAssertionsChain() {
        LeadAssertions.assertThat(DOCUMENTED).hasActionCode("INS").hasActionCode(ActionCode.INSTALL)
                .hasOfferTitle("Test Microsoft").hasLeadSource("AzureMarketplace")
                .hasDescription("Test run through Power Automate").hasFirstName("Some").hasLastName("One")
                .hasEmail("someone@contoso.com").hasPhone("16175555555").hasCountry("USA").hasCompany("Contoso")
                .hasTitle("Esquire").isNotTest().hasNoAdditionalProperties().isValid();
        LeadAssertions.assertThat(CAMEL).hasOffer("fabrikam.fabrikam-insights-preview");
        LeadAssertions.assertThat(TestLeads.msftTest().lead()).isTest();
        LeadAssertions.assertThat(Lead.builder().additionalProperty("score", 5).additionalProperty("ok", null).build())
                .hasNoUserDetails().hasEmail(null).hasAdditionalProperty("score", 5)
                .hasAdditionalProperty("score", 5L).hasAdditionalProperty("ok", null).hasOfferTitle(null);
    }

    @Test
    void aWrongEmailShowsBothAddressesMasked() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasEmail("a@b.example"),
                "Expecting the lead's e-mail to be:\n  \"a****@b.example\"\nbut was:\n  \"s****@contoso.com\"\n"
                        + "(personal data masked)");
    }

    @Test
    void differentValuesThatMaskAlikeAreCalledDifferent() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasEmail("sam@contoso.com"),
                "Expecting the lead's e-mail to be:\n  \"s****@contoso.com\"\nbut was:\n  \"s****@contoso.com\"\n"
                        + "(personal data masked; the values differ)");
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasFirstName("SOME"),
                "Expecting the lead's first name to be:\n  \"S***\"\nbut was:\n  \"S***\"\n"
                        + "(personal data masked; the values differ only in letter case)");
    }

    @Test
    void namesAndPhonesAreMaskedAbsentIsSaidInWords() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasLastName("Twoson"),
                "Expecting the lead's last name to be:\n  \"T***\"\nbut was:\n  \"O***\"\n(personal data masked)");
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasPhone(null),
                "Expecting the lead's phone to be:\n  absent\nbut was:\n  \"***55\"\n(personal data masked)");
        failsWith(() -> LeadAssertions.assertThat(Lead.builder().build()).hasEmail("someone@contoso.com"),
                "Expecting the lead's e-mail to be:\n  \"s****@contoso.com\"\nbut the lead has no UserDetails");
    }

    @Test
    void fieldsThatAreNotPersonalAreShownQuotedAndEscaped() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasOfferTitle("Contoso\r\nAnalytics"),
                "Expecting the lead's offer title to be:\n  \"Contoso\\u000d\\u000aAnalytics\"\nbut was:\n"
                        + "  \"Test Microsoft\"");
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasCompany("Fabrikam"),
                "Expecting the lead's company to be:\n  \"Fabrikam\"\nbut was:\n  \"Contoso\"");
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasOffer("contoso.analytics"),
                "Expecting the lead's offer (from the lead source) to be:\n  \"contoso.analytics\"\nbut was:\n"
                        + "  absent");
    }

    @Test
    void actionCodesNameTheKnownValue() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasActionCode(ActionCode.DO_NOT_CONTACT),
                "Expecting the lead's action code to be DO_NOT_CONTACT (\"DNC\")\nbut was:\n  \"INS\" (INSTALL)");
        failsWith(() -> LeadAssertions.assertThat(TestLeads.documented2018().lead()).hasActionCode("INS"),
                "Expecting the lead's action code to be:\n  \"INS\"\nbut was:\n  absent");
    }

    @Test
    void testLeadChecksShowTheMaskedLead() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).isTest(),
                "Expecting a test lead (MSFT_TEST_ in the lead source, a name or the e-mail)\nbut found none in:\n  "
                        + DOCUMENTED);
        failsWith(() -> LeadAssertions.assertThat(TestLeads.msftTest().lead()).isNotTest(),
                "Expecting a real lead\nbut it is a test lead (MSFT_TEST_):\n  " + TestLeads.msftTest().lead());
        assertThat(DOCUMENTED.toString()).doesNotContain("someone@contoso.com");
    }

    @Test
    void additionalPropertiesShowNamesAndMaskedStrings() {
        Lead lead = Lead.builder().additionalProperty("utmSource", "linkedin").additionalProperty("score", 7)
                .additionalProperty("ratio", new BigDecimal("0.5")).additionalProperty("tags", List.of(1, 2)).build();

        failsWith(() -> LeadAssertions.assertThat(lead).hasAdditionalProperty("campaignId"),
                "Expecting the lead to have the additional property \"campaignId\"\nbut it has"
                        + " [\"utmSource\", \"score\", \"ratio\", \"tags\"]");
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasAdditionalProperty("campaignId"),
                "Expecting the lead to have the additional property \"campaignId\"\nbut it has none");
        failsWith(() -> LeadAssertions.assertThat(lead).hasAdditionalProperty("utmSource", "bing"),
                "Expecting the lead's additional property \"utmSource\" to be:\n"
                        + "  \"b***\" (a string of 4 characters, masked)\nbut was:\n"
                        + "  \"l***\" (a string of 8 characters, masked)");
        failsWith(() -> LeadAssertions.assertThat(lead).hasAdditionalProperty("score", 8),
                "Expecting the lead's additional property \"score\" to be:\n  8 (Long)\nbut was:\n  7 (Long)");
        failsWith(() -> LeadAssertions.assertThat(lead).hasAdditionalProperty("ratio", 0.5),
                "Expecting the lead's additional property \"ratio\" to be:\n  0.5 (Double)\nbut was:\n"
                        + "  0.5 (BigDecimal)");
        failsWith(() -> LeadAssertions.assertThat(lead).hasAdditionalProperty("tags", List.of()),
                "Expecting the lead's additional property \"tags\" to be:\n  an array of 0 elements\nbut was:\n"
                        + "  an array of 2 elements");
        failsWith(() -> LeadAssertions.assertThat(lead).hasNoAdditionalProperties(),
                "Expecting the lead to have no additional properties\nbut it has"
                        + " [\"utmSource\", \"score\", \"ratio\", \"tags\"]");
    }

    @Test
    void validityListsTheViolationsWithoutValues() {
        Lead bad = DOCUMENTED.toBuilder().userDetails(d -> d.email("someone@").phone(null)).build();
        LeadValidator contactable = LeadValidator.builder().profile(LeadProfile.CONTACTABLE).build();

        failsWith(() -> LeadAssertions.assertThat(bad).isValid(),
                "Expecting the lead to be valid according to LeadValidator[profiles=[], engine=plain]\nbut found"
                        + " 1 violation:\n  \"/UserDetails/Email\" [email] must be a syntactically valid e-mail"
                        + " address");
        failsWith(() -> LeadAssertions.assertThat(bad).isValid(contactable),
                "Expecting the lead to be valid according to LeadValidator[profiles=[CONTACTABLE], engine=plain]\n"
                        + "but found 2 violations:\n  \"/UserDetails\" [contactable] must hold a usable e-mail address"
                        + " or phone number\n  \"/UserDetails/Email\" [email] must be a syntactically valid e-mail"
                        + " address");
    }

    @Test
    void userDetailsAndNullLeads() {
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).hasNoUserDetails(),
                "Expecting the lead to have no UserDetails\nbut it has: " + DOCUMENTED.userDetails());
        failsWith(() -> LeadAssertions.assertThat((Lead) null).hasEmail("a@b.example"),
                "\nExpecting actual not to be null");
        failsWith(() -> LeadAssertions.assertThat(DOCUMENTED).as("forwarded lead").hasCountry("US"),
                "[forwarded lead] Expecting the lead's country to be:\n  \"US\"\nbut was:\n  \"USA\"");
    }
}
