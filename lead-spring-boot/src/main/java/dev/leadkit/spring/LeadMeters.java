package dev.leadkit.spring;

import dev.leadkit.receiver.LeadReceiver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * leadkit's Micrometer meters. Every tag value comes from a small fixed set (statuses, problem names, outcome
 * names), never from a request, a lead or a URL, so no tag can hold personal data or a secret.
 *
 * <ul>
 * <li>{@value #RECEPTIONS} (counter): requests the receiving endpoint answered, by {@code status} (202, 400,
 *     ...), {@code problem} ({@code none} for 202, else the problem type's last segment: {@code unauthorized},
 *     {@code unsupported-media-type}, {@code too-large}, {@code not-a-lead}, {@code invalid-lead},
 *     {@code not-stored}, {@code method-not-allowed}) and {@code valid} ({@code true}/{@code false} for a 202,
 *     {@code none} for a refusal).</li>
 * <li>{@value #STORE} (timer): calls of the lead sink, by {@code result} ({@code stored}, {@code failed}).</li>
 * </ul>
 */
final class LeadMeters implements ReceptionObserver {
    static final String RECEPTIONS = "leadkit.receptions";
    static final String STORE = "leadkit.store";

    private static final Map<String, String> PROBLEMS = Map.of(
            LeadReceiver.UNAUTHORIZED, "unauthorized",
            LeadReceiver.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
            LeadReceiver.TOO_LARGE, "too-large",
            LeadReceiver.NOT_A_LEAD, "not-a-lead",
            LeadReceiver.INVALID_LEAD, "invalid-lead",
            ReceivingEndpoint.NOT_STORED, "not-stored",
            ReceivingEndpoint.METHOD_NOT_ALLOWED, "method-not-allowed");

    private final MeterRegistry registry;

    LeadMeters(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void answered(int status, String problemType, Boolean valid) {
        Counter.builder(RECEPTIONS)
                .description("Requests answered by the leadkit receiving endpoint")
                .tag("status", Integer.toString(status))
                .tag("problem", problemType == null ? "none" : PROBLEMS.getOrDefault(problemType, "other"))
                .tag("valid", valid == null ? "none" : valid.toString())
                .register(registry).increment();
    }

    @Override
    public void stored(boolean ok, Duration time) {
        Timer.builder(STORE)
                .description("Calls of the lead sink for accepted leads; returns once the lead is durable")
                .tag("result", ok ? "stored" : "failed")
                .register(registry).record(time);
    }
}
