package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.client.Harness.Run;
import dev.leadkit.testing.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each status a receiver may answer, against a real local server: what the caller is told about the lead and
 * whether it was retried. A refusal of the lead (fix the lead) is never confused with a refusal of the request
 * (fix the endpoint) or with a failed delivery.
 */
class StatusTaxonomyTest {
    private static Run answer(int status) {
        return Harness.run(false, endpoint -> endpoint.respondByDefault(
                status == 204 ? MockResponse.of(204) : MockResponse.of(status, "why " + status)),
                client -> client);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {200, 201, 202, 204})
    void aSuccessIsDelivered(int status) {
        Run run = answer(status);

        assertThat(run.result().statusCode()).isEqualTo(status);
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 413, 422})
    void aRefusalOfTheLeadIsALeadRejection(int status) {
        Run run = answer(status);

        assertThat(run.failure()).isInstanceOfSatisfying(LeadRejectedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.bodyExcerpt()).isEqualTo("why " + status);
        });
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {401, 403, 404, 405, 410, 415})
    void aRefusalOfTheRequestIsEndpointRefusedNotALeadRejection(int status) {
        Run run = answer(status);

        assertThat(run.failure()).isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.ENDPOINT_REFUSED);
            assertThat(e.statusCode()).hasValue(status);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("the endpoint refused the request with status " + status)
                    .contains("fix the endpoint's URL or credentials, then send the lead again");
        });
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void aTransientStatusIsRetriedThenAFailedDelivery(int status) {
        Run run = answer(status);

        assertThat(run.failure()).isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.STATUS);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.attempts()).isEqualTo(3);
        });
        assertThat(run.endpoint().requestCount()).isEqualTo(3);
        assertThat(run.sleeper().waits()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {402, 406, 409, 411, 418, 500, 501, 505})
    void anyOtherErrorIsAFailedDeliveryNotRetried(int status) {
        Run run = answer(status);

        assertThat(run.failure()).isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.STATUS);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("(status not retried)");
        });
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectIsNeverFollowed(int status) {
        Run run = Harness.run(false, endpoint -> endpoint.enqueue(MockResponse.redirect(status, "/elsewhere")),
                client -> client);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.REDIRECTED);
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }
}
