package dev.leadkit.client;

/**
 * A lead could not be delivered: the base of the failures {@link LeadClient} reports. Unchecked.
 *
 * <p>Messages show the endpoint masked (scheme, host, port and at most its first path segment; never the query)
 * and never hold the lead's personal data, so they are safe to log.
 */
public abstract sealed class LeadClientException extends RuntimeException
        permits LeadRejectedException, DeliveryFailedException, LeadInvalidException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final String bodyExcerpt;

    LeadClientException(String message, Throwable cause, int attempts, String bodyExcerpt) {
        super(message, cause);
        this.attempts = attempts;
        this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    }

    /**
     * How many attempts were made.
     *
     * @return the count; 0 if the lead was never sent (the client closed first, or it failed the pre-send check)
     */
    public int attempts() {
        return attempts;
    }

    /**
     * The start of the last response body, decoded as UTF-8 (an {@code application/problem+json} answer
     * summarised as {@code title: detail; errors: pointer (code), ...}), with the lead's personal data and the
     * endpoint's query values and path segments replaced by {@code ***}; at most
     * {@link SendResult#MAX_EXCERPT_LENGTH} characters.
     *
     * @return the excerpt; empty if there was no response or no body
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * Whether sending the same lead again later may succeed. A rejection, an untrusted certificate or a redirect
     * is not retryable; a refused connection or a 503 is. After a lost connection or a timeout the receiver may
     * already have the lead, so a retry may deliver it twice.
     *
     * @return true if a later retry makes sense
     */
    public abstract boolean isRetryable();
}
