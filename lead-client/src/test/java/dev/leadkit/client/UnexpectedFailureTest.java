package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.model.Lead;
import dev.leadkit.testing.MockLeadEndpoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code HttpClient} whose {@code send} throws an unexpected {@link IllegalArgumentException}: the send fails
 * with {@link Reason#UNEXPECTED}, its deadline is disarmed (no interrupt can follow), and in a batch that lead
 * alone fails while every other lead keeps its own outcome.
 */
class UnexpectedFailureTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void stop() {
        Thread.interrupted();
        endpoint.close();
    }

    private LeadClient client(int failingCall) {
        return Harness.client(endpoint, new RecordingSleeper()).maxConcurrency(1)
                .seams(Seams.httpClient(jdk -> new FailingHttpClient(jdk.build(), failingCall))).build();
    }

    @Test
    void aSynchronousSendFailsUnexpectedAndLeavesNoDeadlineOrInterruptBehind() {
        try (LeadClient client = client(0)) {
            assertThatThrownBy(() -> client.send(Harness.LEAD)).isInstanceOfSatisfying(DeliveryFailedException.class,
                    e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED);
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.getMessage()).contains("the receiver may or may not have the lead");
                    });

            assertThat(client.armedDeadlines()).as("the deadline was disarmed in finally").isZero();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
        assertThat(endpoint.requestCount()).isZero();
    }

    @Test
    void aBatchGivesEveryLeadItsOwnOutcome() {
        List<Lead> leads = List.of(Harness.LEAD.toBuilder().offerTitle("a").build(),
                Harness.LEAD.toBuilder().offerTitle("b").build(), Harness.LEAD.toBuilder().offerTitle("c").build());
        try (LeadClient client = client(2)) {
            List<SendOutcome> outcomes = client.sendAll(leads);

            assertThat(outcomes).extracting(SendOutcome::lead).containsExactlyElementsOf(leads);
            assertThat(outcomes).extracting(SendOutcome::isDelivered).containsExactly(true, false, true);
            assertThat(((SendOutcome.Failed) outcomes.get(1)).failure()).isInstanceOfSatisfying(
                    DeliveryFailedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED));
            assertThat(client.armedDeadlines()).isZero();
        }
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(endpoint.takeRequest().lead().offerTitle()).isEqualTo("a");
        assertThat(endpoint.takeRequest().lead().offerTitle()).isEqualTo("c");
    }

    @Test
    void anAsyncSendCompletesWithTheUnexpectedFailure() {
        try (LeadClient client = client(1)) {
            CompletableFuture<SendResult> failed = client.sendAsync(Harness.LEAD);

            assertThatThrownBy(failed::join).cause().isInstanceOfSatisfying(DeliveryFailedException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.UNEXPECTED));
            assertThat(client.sendAsync(Harness.LEAD).join().statusCode()).as("the pool thread is fine")
                    .isEqualTo(202);
        }
    }

    @Test
    void aListenerThatThrowsNeverChangesTheOutcome() {
        SendListener broken = new SendListener() {
            @Override
            public void onOutcome(Outcome outcome) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (LogCapture log = new LogCapture();
                LeadClient client = Harness.client(endpoint, new RecordingSleeper()).listener(broken).build()) {
            assertThat(client.send(Harness.LEAD).statusCode()).isEqualTo(202);
            assertThat(log.lines()).anyMatch(l -> l.startsWith("WARNING ") && l.contains("IllegalStateException"));
        }
    }
}
