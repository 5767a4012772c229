package example.consumer;

import static dev.leadkit.testing.LeadAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.ActionCode;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.testing.TestLeads;
import org.junit.jupiter.api.Test;

/** What a newcomer does first: read a lead as Microsoft sends it, check it, assert on it. */
class ReadALeadTest {
    private static final String BODY = """
            {"userDetails": {"firstName": "Ana", "lastName": "Lima", "email": "ana.lima@fabrikam.example"},
             "leadSource": "AzureMarketplace-INS|contoso.contoso-analytics", "actionCode": "INS",
             "offerTitle": "Contoso Analytics"}
            """;

    @Test
    void readsChecksAndAssertsOnALead() {
        Lead lead = LeadJson.defaults().read(BODY);

        assertThat(lead.action()).contains(ActionCode.INSTALL);
        assertThat(LeadValidator.defaults().validate(lead).isValid()).isTrue();
        assertThat(lead).hasEmail("ana.lima@fabrikam.example");
        assertThat(TestLeads.documented2020().lead().offerTitle()).isNotBlank();
    }
}
