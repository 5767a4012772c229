package dev.leadkit.client;

import java.util.OptionalInt;

/**
 * The lead was not delivered: the endpoint refused the request (a configuration to fix, then resend), the
 * connection or TLS failed, the deadline or the call budget passed, the receiver kept answering with an error
 * status until the attempts ran out, answered with a status that is not retried (such as 500), redirected, or the
 * client was closed. Says what failed last ({@link #reason()}, the status if any, the cause) and after how many
 * attempts. Whether the receiver may have the lead anyway is said by each {@link Reason}.
 */
public final class DeliveryFailedException extends LeadClientException {
    private static final long serialVersionUID = 1L;

    /** What failed on the last attempt. */
    public enum Reason {
        /** No connection could be made (refused, unreachable, connect timeout): the receiver never saw the lead. */
        CONNECT_FAILED(true),
        /** The TLS handshake failed, for example an untrusted certificate: fails closed, never retried. */
        TLS_FAILED(false),
        /** The connection broke after it was made (reset, closed early): the receiver may have the lead. */
        CONNECTION_LOST(true),
        /** No complete answer within the deadline: the receiver may have the lead. */
        TIMED_OUT(true),
        /** The receiver answered with a status that is neither success nor a rejection, such as 500 or 503. */
        STATUS(false),
        /** The receiver answered with a redirect, which is never followed. */
        REDIRECTED(false),
        /**
         * The endpoint refused the request itself, not the lead: 401, 403, 404, 405, 410 or 415 (a rotated
         * signature, a deleted flow, a wrong URL). The receiver did not take the lead. Fix the endpoint's
         * configuration, then resend every lead that failed so; sending it again unchanged will not help.
         */
        ENDPOINT_REFUSED(false),
        /**
         * The sending thread was interrupted, or the send was cancelled. If an exchange was cut off, the receiver
         * may have the lead.
         */
        INTERRUPTED(true),
        /**
         * The client was closed before the lead was delivered. If {@link #attempts()} is 0 the lead was never
         * sent; if an exchange was cut off, the receiver may have the lead.
         */
        CLOSED(true),
        /**
         * An unexpected exception (a bug in leadkit, the JDK or a listener, see the cause) ended the send: whether
         * the receiver has the lead is unknown.
         */
        UNEXPECTED(false);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }
    }

    private final Reason reason;
    private final int statusCode;
    private final boolean retryable;

    DeliveryFailedException(String message, Throwable cause, Reason reason, int statusCode, int attempts,
            String bodyExcerpt, boolean retryableStatus) {
        super(message, cause, attempts, bodyExcerpt);
        this.reason = reason;
        this.statusCode = statusCode;
        this.retryable = reason == Reason.STATUS ? retryableStatus : reason.transientFailure;
    }

    /**
     * What failed on the last attempt.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The status of the last response, if one arrived (for {@link Reason#TIMED_OUT} this is the status whose body
     * did not arrive in time).
     *
     * @return the status, or empty if no response arrived
     */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
