package dev.leadkit.spring;

import dev.leadkit.client.DeliveryFailedException;
import dev.leadkit.client.SendListener;
import dev.leadkit.receiver.LeadReceiver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * <li>{@value #SENDS} (timer): sends of the LeadClient bean, from the call to its end, waits included, by
 *     {@code outcome} ({@code delivered}, {@code refused}: the receiver refused the lead itself,
 *     {@code endpoint_refused}: the receiver refused the request (401, 403, 404, 405, 410, 415: fix the
 *     configuration), {@code failed}: anything else) and {@code reason} (the client's outcome name in lower case:
 *     {@code delivered}, {@code rejected}, {@code invalid}, {@code connect_failed}, {@code timed_out},
 *     {@code status}, ...).</li>
 * <li>{@value #ATTEMPTS} (distribution summary): attempts per send, by {@code outcome}; 0 for a lead never
 *     sent.</li>
 * <li>{@value #RETRIES} (counter): attempts that failed and were retried, by {@code reason}.</li>
 * </ul>
 */
final class LeadMeters implements ReceptionObserver, SendListener {
    static final String RECEPTIONS = "leadkit.receptions";
    static final String STORE = "leadkit.store";
    static final String SENDS = "leadkit.sends";
    static final String ATTEMPTS = "leadkit.send.attempts";
    static final String RETRIES = "leadkit.send.retries";

    private static final Set<String> REASONS = new HashSet<>(Set.of("DELIVERED", "REJECTED", "INVALID"));

    static {
        for (DeliveryFailedException.Reason r : DeliveryFailedException.Reason.values()) {
            REASONS.add(r.name());
        }
    }

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

    @Override
    public void onRetry(Retry retry) {
        Counter.builder(RETRIES)
                .description("Attempts of the leadkit client that failed and were retried")
                .tag("reason", reason(retry.reason().name()))
                .register(registry).increment();
    }

    @Override
    public void onOutcome(Outcome outcome) {
        String name = outcome(outcome.outcome());
        Timer.builder(SENDS)
                .description("Sends of the leadkit client, from the call to the outcome, waits included")
                .tag("outcome", name)
                .tag("reason", reason(outcome.outcome()))
                .register(registry).record(outcome.elapsed());
        DistributionSummary.builder(ATTEMPTS)
                .description("Attempts per send of the leadkit client")
                .tag("outcome", name)
                .register(registry).record(outcome.attempts());
    }

    static String outcome(String clientOutcome) {
        return switch (clientOutcome) {
            case "DELIVERED" -> "delivered";
            case "REJECTED" -> "refused";
            case "ENDPOINT_REFUSED" -> "endpoint_refused";
            default -> "failed";
        };
    }

    private static String reason(String clientOutcome) {
        return REASONS.contains(clientOutcome) ? clientOutcome.toLowerCase(Locale.ROOT) : "other";
    }
}
