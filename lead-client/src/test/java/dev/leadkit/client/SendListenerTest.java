package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.client.SendListener.Attempt;
import dev.leadkit.client.SendListener.Outcome;
import dev.leadkit.client.SendListener.Retry;
import dev.leadkit.model.Lead;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a metrics module needs: every attempt, every retry with its wait, one outcome per send. */
class SendListenerTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private LeadClient client() {
        return Harness.client(endpoint, new RecordingSleeper()).listener(listener)
                .retryPolicy(RetryPolicy.builder().jitter(0).build()).build();
    }

    @Test
    void hearsEachAttemptEachRetryAndOneOutcome() {
        endpoint.enqueue(MockResponse.of(503), MockResponse.of(502), MockResponse.of(202));
        try (LeadClient client = client()) {
            client.send(Harness.LEAD);
        }

        List<Object> events = listener.events();
        assertThat(events).hasSize(6);
        long id = ((Attempt) events.get(0)).sendId();
        assertThat(events.get(0)).isEqualTo(new Attempt(id, 1));
        assertThat(events.get(1)).isInstanceOfSatisfying(Retry.class, r -> {
            assertThat(r.attempt()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo(Reason.STATUS);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.backoff()).isEqualTo(Duration.ofMillis(500));
        });
        assertThat(events.get(2)).isEqualTo(new Attempt(id, 2));
        assertThat(events.get(3)).isInstanceOfSatisfying(Retry.class, r -> {
            assertThat(r.statusCode()).isEqualTo(502);
            assertThat(r.backoff()).isEqualTo(Duration.ofSeconds(1));
        });
        assertThat(events.get(4)).isEqualTo(new Attempt(id, 3));
        assertThat(events.get(5)).isInstanceOfSatisfying(Outcome.class, o -> {
            assertThat(o.sendId()).isEqualTo(id);
            assertThat(o.outcome()).isEqualTo("DELIVERED");
            assertThat(o.isDelivered()).isTrue();
            assertThat(o.attempts()).isEqualTo(3);
            assertThat(o.statusCode()).isEqualTo(202);
            assertThat(o.elapsed()).isPositive();
        });
    }

    @Test
    void countsABatchByOutcome() {
        endpoint.enqueue(MockResponse.of(202), MockResponse.of(404), MockResponse.of(422), MockResponse.of(500),
                MockResponse.of(201));
        List<Lead> leads = List.of(Harness.LEAD, Harness.LEAD, Harness.LEAD, Harness.LEAD, Harness.LEAD);
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).listener(listener)
                .maxConcurrency(1).build()) {
            client.sendAll(leads);
        }

        Map<String, Long> counts = listener.outcomes().stream()
                .collect(Collectors.groupingBy(Outcome::outcome, Collectors.counting()));
        assertThat(counts).containsOnly(Map.entry("DELIVERED", 2L), Map.entry("ENDPOINT_REFUSED", 1L),
                Map.entry("REJECTED", 1L), Map.entry("STATUS", 1L));
        assertThat(listener.outcomes()).extracting(Outcome::sendId).doesNotHaveDuplicates();
    }

    @Test
    void anInvalidLeadIsAnOutcomeWithNoAttempt() {
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).listener(listener)
                .validator(dev.leadkit.schema.LeadValidator.defaults()).build()) {
            client.sendAll(List.of(PreSendValidationTest.BAD_EMAIL));
        }

        assertThat(listener.events()).singleElement().isInstanceOfSatisfying(Outcome.class, o -> {
            assertThat(o.outcome()).isEqualTo("INVALID");
            assertThat(o.attempts()).isZero();
        });
        assertThat(endpoint.requestCount()).isZero();
    }
}
