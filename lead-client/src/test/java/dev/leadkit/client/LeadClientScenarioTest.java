package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.client.Harness.Run;
import dev.leadkit.testing.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4's cases, each against a real local server (MockLeadEndpoint over plain HTTP and over HTTPS with its
 * test certificate), asserting the outcome, the attempts made and the real time the call took.
 */
class LeadClientScenarioTest {

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void deliversOn202(boolean https) {
        Run run = Scenario.ACCEPTED.run(https);

        assertThat(run.failure()).isNull();
        assertThat(run.result().statusCode()).isEqualTo(202);
        assertThat(run.result().attempts()).isEqualTo(1);
        assertThat(run.result().bodyExcerpt()).isEmpty();
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
        RecordedRequest request = run.endpoint().takeRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(Harness.PATH);
        assertThat(request.header("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(request.header("User-Agent")).contains("leadkit/" + System.getProperty("leadkit.version"));
        assertThat(request.lead()).isEqualTo(Harness.LEAD);
        assertThat(request.bodyText()).startsWith("{\"ActionCode\":\"INS\"").contains("\"UserDetails\":{");
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void deliversOn200WithAnExcerpt(boolean https) {
        Run run = Scenario.OK_WITH_BODY.run(https);

        assertThat(run.result().statusCode()).isEqualTo(200);
        assertThat(run.result().attempts()).isEqualTo(1);
        assertThat(run.result().bodyExcerpt()).isEqualTo("{\"runId\":\"08585\"}");
        assertThat(run.result().elapsed()).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void forcesHttp11OnPlainHttpOnly(boolean https) {
        Run run = Scenario.ACCEPTED.run(https);

        RecordedRequest request = run.endpoint().takeRequest();
        assertThat(request.version()).isEqualTo("HTTP/1.1");
        // Without HTTP/1.1 forced, the JDK sends "Upgrade: h2c" and "HTTP2-Settings" with every plain POST.
        assertThat(request.header("Upgrade")).isEmpty();
        assertThat(request.header("HTTP2-Settings")).isEmpty();
    }

    @Test
    void retriesARefusedConnection() {
        Run run = Scenario.CONNECTION_REFUSED.run(false);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.CONNECT_FAILED);
        assertThat(run.failure().attempts()).isEqualTo(3);
        assertThat(run.failure().isRetryable()).isTrue();
        assertThat(run.deliveryFailure().statusCode()).isEmpty();
        assertThat(run.sleeper().waits()).hasSize(2);
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void doesNotRetryAResetBeforeTheRequest(boolean https) {
        Run run = Scenario.RESET_BEFORE_REQUEST.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.CONNECTION_LOST);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.failure().getMessage()).contains("the receiver may or may not have the lead");
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
        assertThat(run.sleeper().waits()).isEmpty();
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void doesNotRetryAResetAfterTheRequest(boolean https) {
        Run run = Scenario.RESET_AFTER_REQUEST.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.CONNECTION_LOST);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.endpoint().takeRequest(Duration.ZERO).lead()).isEqualTo(Harness.LEAD);
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void endsAtTheDeadlineWhenHeadersNeverCome(boolean https) {
        Run run = Scenario.HEADERS_NEVER_SENT.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(run.deliveryFailure().statusCode()).isEmpty();
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.elapsedMillis()).isBetween(500L - 100, 500L + 100);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void endsAtTheDeadlineWhenTheBodyStalls(boolean https) {
        Run run = Scenario.BODY_STALLS.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(run.deliveryFailure().statusCode()).hasValue(200);
        assertThat(run.failure().getMessage()).contains("status 200 arrived, its body did not");
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.elapsedMillis()).isBetween(1_000L - 100, 1_000L + 100);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void honoursRetryAfterInSeconds(boolean https) {
        Run run = Scenario.RETRY_AFTER_SECONDS.run(https);

        assertThat(run.result().statusCode()).isEqualTo(202);
        assertThat(run.result().attempts()).isEqualTo(2);
        assertThat(run.sleeper().waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(run.elapsedMillis()).isLessThan(2_000L); // the wait was recorded, not slept
        assertThat(run.endpoint().requestCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void honoursRetryAfterAsADate(boolean https) {
        Run run = Scenario.RETRY_AFTER_DATE.run(https);

        assertThat(run.result().statusCode()).isEqualTo(202);
        assertThat(run.result().attempts()).isEqualTo(2);
        assertThat(run.sleeper().waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void givesUpWhenRetryAfterExceedsTheCap(boolean https) {
        Run run = Scenario.RETRY_AFTER_TOO_LONG.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.STATUS);
        assertThat(run.deliveryFailure().statusCode()).hasValue(429);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.failure().isRetryable()).isTrue();
        assertThat(run.failure().getMessage()).contains("asked to wait PT1H before a retry, longer than "
                + "maxRetryAfter PT30S");
        assertThat(run.sleeper().waits()).isEmpty();
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void retries503TwiceThenDelivers(boolean https) {
        Run run = Scenario.UNAVAILABLE_TWICE.run(https);

        assertThat(run.result().statusCode()).isEqualTo(202);
        assertThat(run.result().attempts()).isEqualTo(3);
        assertThat(run.sleeper().waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(run.endpoint().requestCount()).isEqualTo(3);
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void reportsTheLast503WhenAttemptsRunOut(boolean https) {
        Run run = Scenario.UNAVAILABLE_ALWAYS.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.STATUS);
        assertThat(run.deliveryFailure().statusCode()).hasValue(503);
        assertThat(run.failure().attempts()).isEqualTo(3);
        assertThat(run.failure().isRetryable()).isTrue();
        assertThat(run.failure().bodyExcerpt()).isEqualTo("flow is busy");
        assertThat(run.endpoint().requestCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void neverRetries500(boolean https) {
        Run run = Scenario.SERVER_ERROR.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.STATUS);
        assertThat(run.deliveryFailure().statusCode()).hasValue(500);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.failure().isRetryable()).isFalse();
        assertThat(run.failure().getMessage()).contains("(status not retried)");
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
        assertThat(run.sleeper().waits()).isEmpty();
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void reportsARejectionWithARedactedExcerpt(boolean https) {
        Run run = Scenario.BAD_REQUEST.run(https);

        assertThat(run.failure()).isInstanceOf(LeadRejectedException.class);
        LeadRejectedException rejected = (LeadRejectedException) run.failure();
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.attempts()).isEqualTo(1);
        assertThat(rejected.isRetryable()).isFalse();
        assertThat(rejected.bodyExcerpt()).isEqualTo("{\"error\":\"Email *** of *** *** is invalid for sig=***\"}");
        assertThat(rejected.getMessage()).contains("rejected the lead with status 400 (not retried)")
                .contains("Email *** of");
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }

    @Test
    void failsClosedOnAnUntrustedCertificate() {
        Run run = Scenario.UNTRUSTED_CERTIFICATE.run(true);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.TLS_FAILED);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.failure().isRetryable()).isFalse();
        assertThat(run.endpoint().requestCount()).isZero();
        assertThat(run.elapsedMillis()).isLessThan(3_000L);
    }

    @ParameterizedTest(name = "https={0}")
    @ValueSource(booleans = {false, true})
    void doesNotFollowARedirectToHttp(boolean https) {
        Run run = Scenario.REDIRECT_TO_HTTP.run(https);

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.REDIRECTED);
        assertThat(run.deliveryFailure().statusCode()).hasValue(307);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.failure().getMessage()).contains("redirects to \"http://127.0.0.1:"
                + run.endpoint().uri().getPort() + "/elsewhere?***\", and redirects are never followed");
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }
}
