package dev.leadkit.client;

import java.util.OptionalInt;

/**
 * The lead was not delivered: the connection or TLS failed, the deadline passed, the receiver kept answering
 * with an error status until the attempts ran out, answered with a status that is not retried (such as 500), or
 * redirected. Says what failed last ({@link #reason()}, the status if any, the cause) and after how many attempts.
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
        /** The sending thread was interrupted, or the send was cancelled. */
        INTERRUPTED(true),
        /** The client was closed before the lead could be delivered. */
        CLOSED(true);

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
