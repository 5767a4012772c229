package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.Settings.Sleeper;
import dev.leadkit.model.LeadJson;
import dev.leadkit.schema.LeadValidator;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link LeadClient#sendJson}: bytes as they are, with everything else as {@link LeadClient#send}. */
class SendJsonTest {
    private static final byte[] BROKEN = "{\"UserDetails\": [\"not\", \"an object\"], \"ActionCode\": \"INS\""
            .getBytes(StandardCharsets.UTF_8);
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttps();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void postsTheBytesExactlyWithTheUsualHeaders() {
        byte[] odd = {'{', '"', 'a', '"', ':', ' ', (byte) 0xff, '\n'};
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            SendResult result = client.sendJson(odd);
            assertThat(result.statusCode()).isEqualTo(202);
            assertThat(result.attempts()).isEqualTo(1);
        }
        RecordedRequest request = endpoint.takeRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo(odd);
        assertThat(request.header("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(request.header("User-Agent")).hasValue(LeadClient.USER_AGENT);
    }

    @Test
    void aCamelCaseLeadGoesOutByteForByteWhateverTheNaming() {
        byte[] camel = LeadJson.builder().naming(LeadJson.Naming.CAMEL_CASE).build().writeBytes(Harness.LEAD);
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            client.sendJson(camel);
        }
        assertThat(endpoint.takeRequest().body()).isEqualTo(camel);
    }

    @Test
    void retriesAsSendDoesAndEveryAttemptCarriesTheOriginalBytes() {
        endpoint.enqueue(MockResponse.of(503), MockResponse.of(202));
        byte[] body = BROKEN.clone();
        RecordingSleeper waits = new RecordingSleeper();
        Sleeper sleeper = duration -> {
            waits.sleep(duration);
            Arrays.fill(body, (byte) 'x'); // the caller changes its array while the send waits to retry
        };
        try (LeadClient client = Harness.client(endpoint, sleeper).build()) {
            SendResult result = client.sendJson(body);
            assertThat(result.attempts()).isEqualTo(2);
        }
        assertThat(waits.waits()).hasSize(1);
        assertThat(endpoint.takeRequest().body()).isEqualTo(BROKEN);
        assertThat(endpoint.takeRequest().body()).isEqualTo(BROKEN);
    }

    @Test
    void a4xxIsARejectionWhoseExcerptCarriesTheProblemDetail() {
        String problem = "{\"type\":\"tag:leadkit.dev,2026:problem/not-a-lead\",\"title\":\"Not a lead\","
                + "\"status\":400,\"detail\":\"the body is not a lead: expected an object but found an array\"}";
        endpoint.enqueue(MockResponse.builder().status(400).header("Content-Type", "application/problem+json")
                .body(problem).build());
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            assertThatThrownBy(() -> client.sendJson(BROKEN))
                    .isInstanceOfSatisfying(LeadRejectedException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.bodyExcerpt()).isEqualTo("Not a lead: the body is not a lead: expected an "
                                + "object but found an array");
                        assertThat(e.getMessage()).contains("rejected the lead with status 400")
                                .doesNotContain(Harness.SECRET);
                    });
        }
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    @Test
    void personalDataOfABodyThatReadsAsALeadIsRedactedFromTheExcerpt() {
        byte[] lead = LeadJson.defaults().writeBytes(Harness.LEAD);
        endpoint.enqueue(MockResponse.of(422, "{\"detail\":\"" + Harness.EMAIL + " is taken\"}"));
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            assertThatThrownBy(() -> client.sendJson(lead)).isInstanceOfSatisfying(LeadRejectedException.class,
                    e -> assertThat(e.bodyExcerpt()).isEqualTo("{\"detail\":\"*** is taken\"}"));
        }
    }

    @Test
    void noPreSendValidationRunsOnRawBytes() {
        byte[] invalid = "{\"UserDetails\":{\"Email\":\"someone@\"}}".getBytes(StandardCharsets.UTF_8);
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .validator(LeadValidator.defaults()).build()) {
            assertThat(client.sendJson(invalid).statusCode()).isEqualTo(202);
        }
        assertThat(endpoint.takeRequest().body()).isEqualTo(invalid);
    }

    @Test
    void aServerErrorIsADeliveryFailureWithItsStatus() {
        endpoint.respondByDefault(MockResponse.of(503));
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build()) {
            assertThatThrownBy(() -> client.sendJson(BROKEN)).isInstanceOfSatisfying(DeliveryFailedException.class,
                    e -> {
                        assertThat(e.reason()).isEqualTo(DeliveryFailedException.Reason.STATUS);
                        assertThat(e.statusCode()).hasValue(503);
                        assertThat(e.attempts()).isEqualTo(2);
                    });
        }
    }

    @Test
    void refusesNullAndAClosedClient() {
        LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build();
        assertThatNullPointerException().isThrownBy(() -> client.sendJson(null)).withMessage("json");
        client.close();
        assertThatIllegalStateException().isThrownBy(() -> client.sendJson(BROKEN))
                .withMessageStartingWith("client is closed");
        assertThat(endpoint.requestCount()).isZero();
    }
}
