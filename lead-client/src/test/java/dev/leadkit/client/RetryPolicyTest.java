package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void defaultsAreTheDocumentedOnes() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.multiplier()).isEqualTo(2.0);
        assertThat(policy.jitter()).isEqualTo(0.5);
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.retryableStatuses()).containsExactly(408, 429, 502, 503, 504);
        assertThat(policy.retryWhenDeliveryUncertain()).isFalse();
        assertThat(policy.retries(500)).isFalse();
        assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
        assertThat(policy.toBuilder().maxAttempts(4).build()).isNotEqualTo(policy);
        assertThat(policy).hasToString("RetryPolicy[maxAttempts=3, callTimeout=PT1M, initialBackoff=PT0.5S, "
                + "maxBackoff=PT10S, multiplier=2.0, jitter=0.5, maxRetryAfter=PT30S, retryableStatuses=[408, 429, "
                + "502, 503, 504], retryWhenDeliveryUncertain=false]");
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        RetryPolicy exact = RetryPolicy.builder().jitter(0).build();

        assertThat(exact.backoff(1, 0.99)).isEqualTo(Duration.ofMillis(500));
        assertThat(exact.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(exact.backoff(3, 0.0)).isEqualTo(Duration.ofMillis(2000));
        assertThat(exact.backoff(6, 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(exact.backoff(1000, 0.0)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterTakesOffAtMostItsFraction() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(750));
        assertThat(policy.backoff(2, 0.999_999)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void readsRetryAfterSecondsAndDates() {
        assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryPolicy.parseRetryAfter(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("Sat, 21 Nov 2026 10:00:42 GMT", NOW)).contains(Duration.ofSeconds(42));
        assertThat(RetryPolicy.parseRetryAfter("Sat, 21 Nov 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("-5", NOW)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("1.5", NOW)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("9999999999999999999999", NOW)).isEmpty();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ZERO).build())
                .hasMessage("initialBackoff must be > 0: PT0S");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(100)).build())
                .hasMessage("maxBackoff must be >= initialBackoff PT0.5S: PT0.1S");
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5).build())
                .hasMessage("multiplier must be between 1 and 100: 0.5");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build())
                .hasMessage("jitter must be between 0 and 1: 1.5");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(Double.NaN).build())
                .hasMessage("jitter must be between 0 and 1: NaN");
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)).build())
                .hasMessage("maxRetryAfter must be >= 0: PT-1S");
        assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(Set.of(200)).build())
                .hasMessage("retryableStatuses must hold only 4xx and 5xx codes: 200");
    }

    @Test
    void checksEachArgumentWhenItIsSetNotAtBuild() {
        RetryPolicy.Builder b = RetryPolicy.builder();

        assertThatThrownBy(() -> b.maxAttempts(0)).hasMessage("maxAttempts must be between 1 and 100: 0");
        assertThatThrownBy(() -> b.maxAttempts(101)).hasMessage("maxAttempts must be between 1 and 100: 101");
        assertThatThrownBy(() -> b.callTimeout(Duration.ZERO)).hasMessage("callTimeout must be > 0: PT0S");
        assertThatThrownBy(() -> b.callTimeout(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.jitter(-0.1)).hasMessage("jitter must be between 0 and 1: -0.1");
        assertThatThrownBy(() -> b.retryableStatuses(Set.of(302))).hasMessage(
                "retryableStatuses must hold only 4xx and 5xx codes: 302");
        assertThat(b.build()).as("the failed calls changed nothing").isEqualTo(RetryPolicy.defaults());
    }

    @Test
    void isAFinalClassNotARecord() {
        assertThat(RetryPolicy.class.isRecord()).isFalse();
        assertThat(java.lang.reflect.Modifier.isFinal(RetryPolicy.class.getModifiers())).isTrue();
        assertThat(RetryPolicy.class.getConstructors()).as("no public constructor").isEmpty();
    }

    @Test
    void retryableStatusesAreCopiedAndSorted() {
        java.util.Set<Integer> statuses = new java.util.HashSet<>(Set.of(503, 409));
        RetryPolicy policy = RetryPolicy.builder().retryableStatuses(statuses).build();
        statuses.add(500);

        assertThat(policy.retryableStatuses()).containsExactly(409, 503);
        assertThatThrownBy(() -> policy.retryableStatuses().add(500)).isInstanceOf(UnsupportedOperationException.class);
    }
}
