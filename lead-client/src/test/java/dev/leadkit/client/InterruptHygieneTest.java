package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A send ends a stalled or overlong exchange by interrupting its own thread; that interrupt must never reach the
 * caller, and a caller's own interrupt must never be mistaken for it.
 */
class InterruptHygieneTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();

    @AfterEach
    void stop() {
        Thread.interrupted(); // leave the test thread clean whatever happened
        endpoint.close();
    }

    @Test
    void aDeadlineLeavesTheCallerUninterrupted() {
        endpoint.enqueue(MockResponse.builder().status(200).body("x".repeat(100)).stallBodyAfter(10).build());
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper())
                .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
                .attemptTimeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> client.send(Harness.LEAD)).isInstanceOfSatisfying(DeliveryFailedException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT));
        }
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aFullExcerptLeavesTheCallerUninterrupted() {
        endpoint.enqueue(MockResponse.builder().status(200).body("y".repeat(64 * 1024)).build());
        SendResult result;
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            result = client.send(Harness.LEAD);
        }
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.bodyExcerpt()).isNotEmpty().matches("y+");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void manySendsInARowLeaveNoStrayInterrupt() {
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            for (int i = 0; i < 200; i++) {
                assertThat(client.send(Harness.LEAD).statusCode()).isEqualTo(202);
                assertThat(Thread.currentThread().isInterrupted()).as("after send %d", i).isFalse();
            }
        }
    }

    @Test
    void theCallersOwnInterruptIsReportedAndKept() {
        try (LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build()) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> client.send(Harness.LEAD)).isInstanceOfSatisfying(DeliveryFailedException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt is kept").isTrue();
        }
    }

    @Test
    void aStopAfterTheStepEndedClearsItsOwnInterrupt() {
        Call call = new Call(1);
        assertThat(call.arm()).isTrue();
        call.stop(Call.Stop.DEADLINE); // as if the deadline passed just as send returned

        assertThat(call.disarm()).isEqualTo(Call.Stop.DEADLINE);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aDisarmedCallIsNeverInterrupted() {
        Call call = new Call(1);
        call.arm();
        assertThat(call.disarm()).isEqualTo(Call.Stop.NONE);

        call.stop(Call.Stop.DEADLINE);
        call.stop(Call.Stop.CAPPED);
        call.stop(Call.Stop.CLOSED);

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(call.arm()).as("a closed call never arms again").isFalse();
        assertThat(call.end()).isEqualTo(Call.Stop.CLOSED);
    }

    @Test
    void onlyTheFirstStopOfAStepCountsButCloseWins() {
        Call call = new Call(1);
        call.arm();
        call.stop(Call.Stop.CAPPED);
        call.stop(Call.Stop.DEADLINE);
        assertThat(call.disarm()).isEqualTo(Call.Stop.CAPPED);

        call.arm();
        call.stop(Call.Stop.DEADLINE);
        call.stop(Call.Stop.CLOSED);
        assertThat(call.disarm()).isEqualTo(Call.Stop.CLOSED);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theCallersOwnInterruptSurvivesAStepThatWasNotStopped() {
        Call call = new Call(1);
        call.arm();
        Thread.currentThread().interrupt();

        assertThat(call.disarm()).isEqualTo(Call.Stop.NONE);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
