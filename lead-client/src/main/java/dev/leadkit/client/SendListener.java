package dev.leadkit.client;

import java.time.Duration;

/**
 * Hears what each send does, to count and time sends (in the spirit of OkHttp's {@code EventListener}); for
 * example the Spring Boot module turns it into Micrometer meters. Every send calls {@link #onAttempt} before each
 * attempt, {@link #onRetry} before each wait for another, and {@link #onOutcome} exactly once at the end, on the
 * thread that runs the send (for a lead that was never sent, the thread that gave up on it: {@code close()}, or
 * {@code sendAll}'s caller when interrupted). Events hold no lead data, body or URL.
 *
 * <p>Implementations must be thread-safe and quick: they run inside the send. An exception thrown by a listener
 * is logged (its type only) and ignored; it never changes what happens to the lead.
 */
public interface SendListener {
    /** A listener that does nothing, the default. */
    SendListener NONE = new SendListener() {
    };

    /**
     * An attempt is about to start.
     *
     * @param attempt which send and which attempt
     */
    default void onAttempt(Attempt attempt) {
    }

    /**
     * An attempt failed and another follows after a wait.
     *
     * @param retry what failed and how long the client waits
     */
    default void onRetry(Retry retry) {
    }

    /**
     * The send is over: delivered or not. Called once per send, also for a lead that was never sent (closed, or
     * failed the pre-send check).
     *
     * @param outcome how it ended
     */
    default void onOutcome(Outcome outcome) {
    }

    /**
     * An attempt about to start.
     *
     * @param sendId the send's number, unique within the client
     * @param number 1 for the first attempt
     */
    record Attempt(long sendId, int number) {
    }

    /**
     * A failed attempt that is retried.
     *
     * @param sendId the send's number
     * @param attempt the attempt that failed, 1 or more
     * @param reason why: {@link DeliveryFailedException.Reason#STATUS} for an error status, else the failure
     * @param statusCode the status answered, or -1
     * @param attemptTime how long the attempt took
     * @param backoff how long the client waits before the next attempt
     */
    record Retry(long sendId, int attempt, DeliveryFailedException.Reason reason, int statusCode,
            Duration attemptTime, Duration backoff) {
    }

    /**
     * How a send ended.
     *
     * @param sendId the send's number
     * @param outcome {@code DELIVERED}, {@code REJECTED} (a {@link LeadRejectedException}), {@code INVALID} (a
     *     {@link LeadInvalidException}) or the name of the {@link DeliveryFailedException.Reason}: a small fixed
     *     set, fit for a metric tag
     * @param attempts attempts made, 0 if the lead was never sent
     * @param statusCode the last status answered, or -1
     * @param elapsed the time the whole send took, waits included
     */
    record Outcome(long sendId, String outcome, int attempts, int statusCode, Duration elapsed) {
        /** @return whether the lead was delivered */
        public boolean isDelivered() {
            return outcome.equals("DELIVERED");
        }
    }
}
