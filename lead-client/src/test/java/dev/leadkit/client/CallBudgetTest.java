package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.client.Harness.Run;
import dev.leadkit.testing.MockResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The whole-call budget: no retry starts past it, and it cuts an attempt's deadline short. */
class CallBudgetTest {
    /** A ticker that only moves when the sleeper waits, so budgets are tested without real time. */
    private final AtomicLong nanos = new AtomicLong();
    private final RecordingSleeper sleeper = new RecordingSleeper() {
        @Override
        public void sleep(Duration duration) {
            super.sleep(duration);
            nanos.addAndGet(duration.toNanos());
        }
    };

    @Test
    void noRetryStartsPastTheBudget() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).callTimeout(Duration.ofSeconds(3))
                .initialBackoff(Duration.ofSeconds(1)).multiplier(1).jitter(0).build();
        Run run = Harness.run(false, endpoint -> endpoint.respondByDefault(MockResponse.of(503)),
                client -> client.retryPolicy(policy).seams(Seams.sleeper(sleeper))
                        .seams(Seams.ticker(nanos::get)));

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.STATUS);
        assertThat(run.failure().attempts()).isEqualTo(3);
        assertThat(run.failure().getMessage()).endsWith("; not retried: a wait of PT1S would pass the call budget "
                + "of PT3S");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(run.endpoint().requestCount()).isEqualTo(3);
    }

    @Test
    void aRetryAfterBeyondTheBudgetEndsTheSendAtOnce() {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(3)).build();
        Run run = Harness.run(false, endpoint -> endpoint.enqueue(
                MockResponse.builder().status(429).header("Retry-After", "5").build(), MockResponse.of(202)),
                client -> client.retryPolicy(policy).seams(Seams.sleeper(sleeper))
                        .seams(Seams.ticker(nanos::get)));

        assertThat(run.deliveryFailure().statusCode()).hasValue(429);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(run.endpoint().requestCount()).isEqualTo(1);
    }

    @Test
    void theBudgetCutsAnAttemptsDeadlineShort() {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        Run run = Harness.run(false, endpoint -> endpoint.enqueue(
                MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build()),
                client -> client.retryPolicy(policy).attemptTimeout(Duration.ofMinutes(1)));

        assertThat(run.deliveryFailure().reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(run.failure().attempts()).isEqualTo(1);
        assertThat(run.elapsedMillis()).as("the budget, not the minute").isBetween(2_000L - 100, 2_000L + 1_000);
    }
}
