package dev.leadkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.DeliveryFailedException;
import dev.leadkit.client.SendListener;
import dev.leadkit.receiver.LeadReceiver;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tag values come from fixed sets only: anything unforeseen becomes {@code other} or {@code failed}. */
class LeadMetersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LeadMeters meters = new LeadMeters(registry);

    @Test
    void receptionsByStatusProblemAndValidity() {
        meters.answered(202, null, false);
        meters.answered(413, LeadReceiver.TOO_LARGE, null);
        meters.answered(418, "https://evil.example/?email=ana@contoso.com", null);

        assertThat(registry.get(LeadMeters.RECEPTIONS).tags("status", "202", "problem", "none", "valid", "false")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get(LeadMeters.RECEPTIONS).tags("status", "413", "problem", "too-large", "valid", "none")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get(LeadMeters.RECEPTIONS).tags("status", "418", "problem", "other").counter().count())
                .isEqualTo(1);
    }

    @Test
    void sendOutcomesMapToFourNamesAndKnownReasons() {
        meters.onOutcome(new SendListener.Outcome(1, "DELIVERED", 1, 202, Duration.ofMillis(5)));
        meters.onOutcome(new SendListener.Outcome(2, "REJECTED", 1, 400, Duration.ofMillis(5)));
        meters.onOutcome(new SendListener.Outcome(3, "ENDPOINT_REFUSED", 1, 404, Duration.ofMillis(5)));
        meters.onOutcome(new SendListener.Outcome(4, "INVALID", 0, -1, Duration.ZERO));
        meters.onOutcome(new SendListener.Outcome(5, "SOMETHING_NEW", 2, -1, Duration.ofMillis(5)));
        meters.onRetry(new SendListener.Retry(5, 1, DeliveryFailedException.Reason.TIMED_OUT, -1,
                Duration.ofMillis(1), Duration.ofMillis(2)));

        assertThat(registry.get(LeadMeters.SENDS).tags("outcome", "failed", "reason", "invalid").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(LeadMeters.SENDS).tags("outcome", "failed", "reason", "other").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(LeadMeters.SENDS).tags("outcome", "endpoint_refused").timer().count()).isEqualTo(1);
        assertThat(registry.get(LeadMeters.SENDS).tags("outcome", "refused", "reason", "rejected").timer().count())
                .isEqualTo(1);
        assertThat(registry.get(LeadMeters.ATTEMPTS).tags("outcome", "failed").summary().totalAmount())
                .isEqualTo(2);
        assertThat(registry.get(LeadMeters.RETRIES).tags("reason", "timed_out").counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).flatMap(m -> m.getId().getTags())
                .allSatisfy(t -> assertThat(t.getValue()).matches("[a-z0-9_-]+"));
        assertThat(registry.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .allSatisfy(n -> assertThat(n).startsWith("leadkit."));
    }
}
