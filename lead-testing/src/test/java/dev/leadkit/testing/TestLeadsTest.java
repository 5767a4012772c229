package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.ActionCode;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadOrigin;
import dev.leadkit.model.UserDetails;
import dev.leadkit.schema.LeadProfile;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample is what it claims to be. */
class TestLeadsTest {
    private static final UserDetails DOCUMENTED_DETAILS = UserDetails.builder().firstName("Some").lastName("One")
            .email("someone@contoso.com").phone("16175555555").country("USA").company("Contoso").title("Esquire")
            .build();

    static List<LeadSample> samples() {
        return TestLeads.samples();
    }

    @Test
    void theDocumentedSamplesAreTheGuidesJsonFencesByteForByte() {
        assertThat(TestLeads.documented2018().bytes()).isEqualTo(Seeds.sample(Seeds.REVISION_2018).getBytes(StandardCharsets.UTF_8));
        assertThat(TestLeads.documented2020().bytes()).isEqualTo(Seeds.sample(Seeds.REVISION_2020).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedSamplesReadToTheDocumentedValues() {
        assertThat(TestLeads.documented2018().lead()).isEqualTo(Lead.builder().offerTitle("Test Microsoft")
                .leadSource("Test run through MS Flow").userDetails(DOCUMENTED_DETAILS).build());
        assertThat(TestLeads.documented2020().lead()).isEqualTo(Lead.builder().actionCode("INS")
                .offerTitle("Test Microsoft").leadSource("AzureMarketplace")
                .description("Test run through Power Automate").userDetails(DOCUMENTED_DETAILS).build());
    }

    @Test
    void theCamelCaseSampleLooksLikeRealTraffic() {
        LeadSample sample = TestLeads.camelCase();
        Lead lead = sample.lead();

        assertThat(lead.origin()).contains(new LeadOrigin("AzureMarketplace-INS|fabrikam.fabrikam-insights-preview",
                "AzureMarketplace", "INS", "fabrikam.fabrikam-insights-preview"));
        assertThat(lead.action()).contains(ActionCode.INSTALL);
        assertThat(lead.userDetails().firstName()).isEqualTo("Zoë");
        assertThat(lead.userDetails().lastName()).isEqualTo("Ångström-Nguyễn");
        assertThat(lead.userDetails().email()).isEqualTo("zoe.angstrom@fabrikam.example");
        assertThat(lead.description()).isEqualTo("Campaigns: ");
        assertThat(lead.isTest()).isFalse();
        assertThat(lead.additionalProperties()).isEmpty();
    }

    @Test
    void theMsftTestSampleCarriesTheMarkerWhereMicrosoftPutsIt() {
        Lead lead = TestLeads.msftTest().lead();
        Matcher email = Pattern.compile("(MSFT_TEST_\\d+)@test\\.com").matcher(lead.userDetails().email());

        assertThat(email.matches()).as("e-mail MSFT_TEST_<n>@test.com").isTrue();
        String marker = email.group(1);
        assertThat(lead.userDetails().firstName()).isEqualTo(marker);
        assertThat(lead.userDetails().lastName()).isEqualTo(marker);
        assertThat(lead.leadSource()).contains(marker);
        assertThat(lead.userDetails().phone()).isEqualTo("1234567890");
        assertThat(lead.userDetails().country()).isEqualTo("US");
        assertThat(lead.isTest()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ActionCode.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void eachKnownActionCodeHasASampleCarryingIt(ActionCode action) {
        LeadSample sample = TestLeads.forAction(action);

        assertThat(sample.lead().actionCode()).isEqualTo(action.code());
        assertThat(sample.lead().action()).contains(action);
        assertThat(sample.name()).startsWith("action-");
        assertThat(TestLeads.actionSamples()).contains(sample);
        assertThat(sample.lead().isTest()).isFalse();
    }

    @Test
    void actionSamplesFollowTheEnumOrderAndUnknownIsRefused() {
        assertThat(TestLeads.actionSamples()).extracting(s -> s.lead().action().orElseThrow())
                .containsExactly(ActionCode.INSTALL, ActionCode.PARTNER_LED_TRIAL, ActionCode.DO_NOT_CONTACT,
                        ActionCode.CREATE, ActionCode.START_TEST_DRIVE);
        assertThatThrownBy(() -> TestLeads.forAction(ActionCode.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action must be a known code: UNKNOWN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsValidUnderTheValidatorAndBothSchemas(LeadSample sample) {
        LeadValidator contactable = LeadValidator.builder().profile(LeadProfile.CONTACTABLE).build();

        assertThat(LeadValidator.defaults().validate(sample.lead()).violations()).isEmpty();
        assertThat(contactable.validate(sample.lead()).violations()).isEmpty();
        assertThat(LeadSchema.latest().validate(sample.bytes()).violations()).isEmpty();
        assertThat(LeadSchema.tolerant().validate(sample.bytes()).violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleIsUtf8WithoutBomAndItsLeadIsWhatItsBytesRead(LeadSample sample) {
        byte[] bytes = sample.bytes();

        assertThat(bytes[0]).as("first byte").isEqualTo((byte) '{');
        assertThat(sample.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(sample.lead()).isEqualTo(LeadJson.defaults().read(bytes));
        assertThat(sample.lead().hasUserDetails()).isTrue();
        assertThat(sample.description()).endsWith(".");
    }

    @Test
    void theSamplesBeyondTheDocumentedOnesUseCamelCaseKeys() {
        for (LeadSample sample : TestLeads.samples().subList(2, TestLeads.samples().size())) {
            assertThat(sample.text()).as(sample.name()).contains("\"userDetails\"", "\"email\"", "\"leadSource\"")
                    .doesNotContain("\"UserDetails\"", "\"Email\"");
        }
    }

    @Test
    void bytesAreACopyEachTime() {
        LeadSample sample = TestLeads.documented2020();
        byte[] first = sample.bytes();
        first[0] = 'X';

        assertThat(sample.bytes()[0]).isEqualTo((byte) '{');
        assertThat(sample).isEqualTo(TestLeads.sample("documented-2020")).hasSameHashCodeAs(TestLeads.documented2020());
    }

    @Test
    void samplesHaveUniqueNamesAndAreFoundByNameIgnoringCase() {
        List<String> names = TestLeads.samples().stream().map(LeadSample::name).collect(Collectors.toList());

        assertThat(names).containsExactly("documented-2018", "documented-2020", "camel-case", "msft-test",
                "action-ins", "action-plt", "action-dnc", "action-create", "action-start-test-drive");
        assertThat(TestLeads.sample("MSFT-Test")).isSameAs(TestLeads.msftTest());
        assertThatThrownBy(() -> TestLeads.sample("documented-2019"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be one of " + names + ": documented-2019");
        assertThatThrownBy(() -> TestLeads.samples().add(TestLeads.camelCase()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsTheNameAndNoPersonalData() {
        assertThat(TestLeads.camelCase()).hasToString("LeadSample[camel-case]");
    }
}
