package dev.leadkit.cli;

import dev.leadkit.client.DeliveryFailedException;
import dev.leadkit.client.LeadClientException;
import dev.leadkit.client.LeadInvalidException;
import dev.leadkit.client.LeadRejectedException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What became of one lead of {@code lead send}: every input lead gets exactly one. The one place that decides
 * which failures a re-run of {@code --failed-out} may cure ({@link #retryable()}) and which need the lead changed
 * ({@link #REFUSED}, to {@code --refused-out}).
 */
enum LeadOutcome {
    /** The receiver answered 2xx. */
    DELIVERED("delivered", false),
    /**
     * The receiver refused the lead's content (400, 413, 422: {@code LeadRejectedException}), the client's check
     * refused it, or the document is not a lead: sending it again unchanged fails again.
     */
    REFUSED("refused", false),
    /**
     * The receiver refused the request for what the endpoint is, not for the lead (401, 403, 404, 405, 410, 415: a
     * wrong token, URL or flow; the client's {@code ENDPOINT_REFUSED}): fix the endpoint, then re-run.
     */
    ENDPOINT_REFUSED("endpoint refused", true),
    /**
     * Not delivered for another reason (connection, timeout, 5xx, a redirect, an unexpected error in the client);
     * if the connection broke after the request went out, the receiver may have it.
     */
    FAILED("failed", true),
    /** Never handed to the client: interrupted, or the endpoint was unreachable for the leads before it. */
    NOT_ATTEMPTED("not attempted", true);

    private final String label;
    private final boolean retryable;

    LeadOutcome(String label, boolean retryable) {
        this.label = label;
        this.retryable = retryable;
    }

    /** For people: {@code endpoint refused}. */
    String label() {
        return label;
    }

    /** For {@code --format json}: {@code endpoint-refused}. */
    String code() {
        return label.replace(' ', '-');
    }

    /** Whether the lead goes to {@code --failed-out}: a re-run may deliver it. */
    boolean retryable() {
        return retryable;
    }

    /**
     * Classifies a send's failure by its type and state. Anything the client is not documented to throw is a
     * {@link #FAILED} lead, never the end of the batch.
     */
    static LeadOutcome of(Throwable failure) {
        Throwable f = unwrap(failure);
        if (f instanceof LeadRejectedException || f instanceof LeadInvalidException) {
            return REFUSED;
        }
        if (f instanceof DeliveryFailedException failed
                && failed.reason() == DeliveryFailedException.Reason.ENDPOINT_REFUSED) {
            return ENDPOINT_REFUSED;
        }
        if (f instanceof DeliveryFailedException failed && failed.attempts() == 0
                && (failed.reason() == DeliveryFailedException.Reason.INTERRUPTED
                        || failed.reason() == DeliveryFailedException.Reason.CLOSED)) {
            return NOT_ATTEMPTED;
        }
        return FAILED;
    }

    /** Whether the failure says that no connection could be made at all: the endpoint is unreachable. */
    static boolean isConnectFailure(Throwable failure) {
        return unwrap(failure) instanceof DeliveryFailedException failed
                && (failed.reason() == DeliveryFailedException.Reason.CONNECT_FAILED
                        || failed.reason() == DeliveryFailedException.Reason.TLS_FAILED);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable f = failure;
        while ((f instanceof CompletionException || f instanceof ExecutionException) && f.getCause() != null) {
            f = f.getCause();
        }
        return f;
    }

    /**
     * A failure in words for people: the client's message for a refusal or a status, and for a connection that
     * failed, what to check instead of the JDK's exception text.
     *
     * @param plainHttp whether the endpoint says http: a lost connection then hints at an https port
     */
    static String describe(Throwable failure, boolean plainHttp) {
        Throwable f = unwrap(failure);
        if (!(f instanceof LeadClientException)) {
            return "unexpected error in the client (" + f.getClass().getSimpleName() + "), please report it";
        }
        if (!(f instanceof DeliveryFailedException failed)) {
            return f.getMessage();
        }
        String after = "after " + failed.attempts() + (failed.attempts() == 1 ? " attempt: " : " attempts: ");
        switch (failed.reason()) {
            case CONNECT_FAILED:
                return after + "could not connect (is the receiver running, and the host and port right?)";
            case TLS_FAILED:
                return after + "TLS handshake failed: the receiver's certificate is not trusted (--cacert "
                        + "FILE.pem trusts a private CA or test certificate), or it does not speak TLS";
            case CONNECTION_LOST:
                return after + "connection lost; the receiver may or may not have the lead"
                        + (plainHttp ? " (if the endpoint serves https, the URL must say https://)" : "");
            case TIMED_OUT:
                return after + "no complete answer within the deadline (--timeout)";
            case INTERRUPTED:
            case CLOSED:
                return after + "interrupted";
            default:
                return f.getMessage();
        }
    }
}
