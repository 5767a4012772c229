package dev.leadkit.client;

import dev.leadkit.model.internal.Text;

/**
 * The receiver refused the lead for its content: status 400, 413 or 422. Sending it again unchanged will not help;
 * the {@linkplain #bodyExcerpt() excerpt} (for an {@code application/problem+json} answer, its title, detail and
 * each error's pointer and code) says what to change. Never retried. A refusal of the request itself (401, 403,
 * 404, 405, 410, 415) is a {@link DeliveryFailedException} with reason
 * {@link DeliveryFailedException.Reason#ENDPOINT_REFUSED} instead.
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
     * @return 400, 413 or 422
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
