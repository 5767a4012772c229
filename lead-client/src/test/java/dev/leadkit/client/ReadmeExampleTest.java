package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The README's client example, compiled and run here (ReadmeSnippetsTest holds the README equal to it). */
class ReadmeExampleTest {
    private static final String SAMPLE = "{\"UserDetails\":{\"FirstName\":\"Some\",\"LastName\":\"One\","
            + "\"Email\":\"someone@contoso.com\"},\"LeadSource\":\"AzureMarketplace\",\"ActionCode\":\"INS\","
            + "\"OfferTitle\":\"Test Microsoft\"}";

    @Test
    void sendsWithRetriesConfigured() {
        try (MockLeadEndpoint flow = MockLeadEndpoint.startHttps()) {
            flow.enqueue(MockResponse.of(503), MockResponse.of(202)); // busy once, then accepted
            URI flowUrl = flow.uri("/workflows/7c2b/triggers/manual/paths/invoke?api-version=2016-06-01&sig=abc");
            SSLContext testTrust = flow.sslContext();
            byte[] json = SAMPLE.getBytes(StandardCharsets.UTF_8);

            // region send-with-retries
            Lead lead = LeadJson.defaults().read(json);
            RetryPolicy retries = RetryPolicy.builder()
                    .maxAttempts(4)
                    .callTimeout(Duration.ofSeconds(45)) // the whole send, attempts and waits included
                    .initialBackoff(Duration.ofMillis(200)) // then 400 ms, 800 ms... less up to 50% jitter
                    .maxBackoff(Duration.ofSeconds(5))
                    .maxRetryAfter(Duration.ofSeconds(20)) // a longer Retry-After fails the send at once
                    .build();
            SendResult result;
            try (LeadClient client = LeadClient.builder()
                    .endpoint(flowUrl) // the flow's URL, sig and all: it never shows up in logs or messages
                    .sslContext(testTrust) // only for a test certificate; leave out for a real flow
                    .connectTimeout(Duration.ofSeconds(5))
                    .attemptTimeout(Duration.ofSeconds(15)) // per attempt, body included
                    .retryPolicy(retries)
                    .build()) {
                result = client.send(lead); // LeadRejectedException or DeliveryFailedException if not delivered
            }
            // endregion

            assertThat(result.statusCode()).isEqualTo(202);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(flow.takeRequest().lead()).isEqualTo(lead);
        }
    }
}
