package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run. */
class QuickStartTest {

    @Test
    void quickStart() {
        byte[] requestBody = Samples.bytes(Samples.CAMEL_CASE);
        // region quick-start
        LeadJson json = LeadJson.defaults();              // immutable, thread-safe: share it

        Lead lead = json.read(requestBody);               // camelCase or PascalCase, as Microsoft sends it
        String email = lead.userDetails().email();
        boolean fromValidateButton = lead.isTest();       // MSFT_TEST_ leads from Partner Center
        ActionCode action = lead.action().orElse(ActionCode.UNKNOWN);   // INSTALL: "INS"
        String offer = lead.origin().map(LeadOrigin::offer).orElse(null);

        Lead forCrm = lead.toBuilder()
                .additionalProperty("receivedBy", "leadkit")
                .build();
        String body = json.write(forCrm);                 // the documented PascalCase form
        System.out.println(forCrm);                       // personal data masked: a****@fabrikam.example

        try {
            json.read("{\"userDetails\": {\"email\": [\"not\", \"a string\"]}}");
        } catch (LeadParseException e) {
            // WRONG_TYPE at /userDetails/email, line 1, column 27: expected a string but found an array
            System.out.println(e.problem() + " at " + e.pointer() + ", line " + e.line() + ", column " + e.column());
        }
        // endregion

        assertThat(email).isEqualTo("amelie.dupont@fabrikam.example");
        assertThat(fromValidateButton).isFalse();
        assertThat(action).isEqualTo(ActionCode.INSTALL);
        assertThat(offer).isEqualTo("contoso.contoso-analytics-preview");
        assertThat(body).startsWith("{\"ActionCode\":\"INS\"").endsWith(",\"receivedBy\":\"leadkit\"}");
        assertThat(json.read(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(forCrm);
    }

    /** The README's one line for a framework endpoint that takes the raw body instead of binding a Lead. */
    @Test
    void aFrameworkEndpointReadsTheRawBody() {
        byte[] body = Samples.bytes(Samples.CAMEL_CASE);
        // region raw-body
        Lead lead = LeadJson.defaults().read(body);   // body: the request's bytes; LeadParseException says where, why
        // endregion
        assertThat(lead.userDetails().email()).isEqualTo("amelie.dupont@fabrikam.example");
    }

    @Test
    void theErrorInTheQuickStartIsAsCommented() {
        try {
            LeadJson.defaults().read("{\"userDetails\": {\"email\": [\"not\", \"a string\"]}}");
            throw new AssertionError("expected a failure");
        } catch (LeadParseException e) {
            assertThat(e.problem()).isEqualTo(LeadParseException.Problem.WRONG_TYPE);
            assertThat(e.pointer()).isEqualTo("/userDetails/email");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(27);
            assertThat(e.getMessage()).startsWith("expected a string but found an array");
        }
    }
}
