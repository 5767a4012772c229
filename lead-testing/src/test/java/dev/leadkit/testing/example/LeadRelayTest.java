package dev.leadkit.testing.example;

// region testing
import static dev.leadkit.testing.LeadAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadSchema;
import dev.leadkit.testing.HostilePayload;
import dev.leadkit.testing.InjectEndpoint;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.RecordedRequest;
import dev.leadkit.testing.TestLeads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeadRelayTest {
    @InjectEndpoint(https = true)
    MockLeadEndpoint crm;                 // a fresh HTTPS endpoint per test, closed after it

    LeadRelay relay() {
        return new LeadRelay(crm.uri("/hooks/leads?code=s3cret"), crm.sslContext());
    }

    @Test
    void forwardsARealLeadInTheDocumentedForm() {
        int status = relay().receive(TestLeads.camelCase().bytes());

        assertThat(status).isEqualTo(202);
        RecordedRequest forwarded = crm.takeRequest();
        assertThat(forwarded.lead())
                .hasEmail("zoe.angstrom@fabrikam.example")
                .hasOffer("fabrikam.fabrikam-insights-preview")
                .isNotTest();
        assertThat(LeadSchema.latest().validate(forwarded.body())).isValid();
    }

    @Test
    void answersPartnerCentersTestLeadWithoutForwardingIt() {
        assertThat(relay().receive(TestLeads.msftTest().bytes())).isEqualTo(202);
        assertThat(crm.requestCount()).isZero();
    }

    @Test
    void reportsACrmThatIsDown() {
        crm.enqueue(MockResponse.of(503));
        assertThat(relay().receive(TestLeads.documented2020().bytes())).isEqualTo(502);
    }

    @Test
    void forwardsRandomLeadsUnchanged() {
        TestLeads.randomLeads(7).filter(lead -> !lead.isTest()).limit(20).forEach(lead -> {
            assertThat(relay().receive(LeadJson.defaults().writeBytes(lead))).isEqualTo(202);
            assertThat(crm.takeRequest().lead()).isEqualTo(lead);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.leadkit.testing.TestLeads#hostile")
    void answers400ExactlyWhenLeadkitCannotReadTheBody(HostilePayload payload) {
        assertThat(relay().receive(payload.bytes())).isEqualTo(payload.isReadable() ? 202 : 400);
    }
}
// endregion
