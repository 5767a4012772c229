package dev.leadkit.client;

import dev.leadkit.model.internal.Text;
import java.time.Duration;
import java.util.Objects;

/**
 * A lead was delivered: the receiver answered with a 2xx status.
 *
 * @param statusCode the 2xx status the receiver answered
 * @param attempts how many attempts it took, 1 or more
 * @param bodyExcerpt the start of the response body, decoded as UTF-8, with the lead's personal data and the
 *     endpoint's query values and path segments replaced by {@code ***}; at most {@link #MAX_EXCERPT_LENGTH}
 *     characters; empty if the body was empty
 * @param elapsed the time from the start of the first attempt to the answer, waits between attempts included
 */
public record SendResult(int statusCode, int attempts, String bodyExcerpt, Duration elapsed) {
    /** The longest body excerpt kept, in characters: {@value}. */
    public static final int MAX_EXCERPT_LENGTH = 512;

    /**
     * Creates a result.
     *
     * @throws IllegalArgumentException if the status is not 2xx, attempts is below 1, the excerpt is too long or
     *     the elapsed time is negative
     */
    public SendResult {
        if (statusCode < 200 || statusCode > 299) {
            throw new IllegalArgumentException("statusCode must be 2xx: " + statusCode);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
        }
        Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
        if (bodyExcerpt.length() > MAX_EXCERPT_LENGTH) {
            throw new IllegalArgumentException("bodyExcerpt must be at most " + MAX_EXCERPT_LENGTH
                    + " characters: " + bodyExcerpt.length());
        }
        if (Objects.requireNonNull(elapsed, "elapsed").isNegative()) {
            throw new IllegalArgumentException("elapsed must be >= 0: " + elapsed);
        }
    }

    /** The result with the excerpt quoted, control characters escaped and cut for a log line. */
    @Override
    public String toString() {
        return "SendResult[statusCode=" + statusCode + ", attempts=" + attempts + ", bodyExcerpt="
                + Text.quote(bodyExcerpt) + ", elapsed=" + elapsed + "]";
    }
}
