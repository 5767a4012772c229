package dev.leadkit.client;

import dev.leadkit.model.internal.Text;

/**
 * The receiver answered with a 4xx status other than 408 and 429: it refused this lead, and sending it again
 * unchanged will not help. Never retried.
 */
public final class LeadRejectedException extends LeadClientException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;

    LeadRejectedException(String endpoint, int statusCode, int attempts, String bodyExcerpt) {
        super("receiver at " + endpoint + " rejected the lead with status " + statusCode + " (not retried)"
                + (bodyExcerpt.isEmpty() ? "" : ": " + Text.quote(bodyExcerpt)), null, attempts, bodyExcerpt);
        this.statusCode = statusCode;
    }

    /**
     * The status the receiver answered.
     *
     * @return a 4xx status code
     */
    public int statusCode() {
        return statusCode;
    }

    /** Always false: the receiver refused the lead itself. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
