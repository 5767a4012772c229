package dev.leadkit.client;

import dev.leadkit.client.DeliveryFailedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;

/**
 * One attempt: one HTTP exchange under a whole-exchange deadline, run on the calling thread. The JDK's request
 * timeout (the request must carry the deadline as its timeout) ends the wait for the headers; the body is then
 * read here, at most {@link #CAPTURE_BYTES} of it, and must be complete by the same deadline: a
 * {@link BodyDeadlines} watch closes the body stream when it passes, which wakes the read and drops the
 * connection.
 *
 * <p>Why {@code send} with an {@code InputStream} body, and not {@code sendAsync(...).get(deadline)} or a
 * custom {@code BodySubscriber}: on JDK 17 with two CPUs or fewer, the JDK completes every {@code sendAsync}
 * future on a new thread, and a body subscriber the JDK did not write costs a hand-off to another thread per
 * response. Measured on a loopback send (210 microseconds of CPU): the hand-off and a per-exchange
 * {@code orTimeout} timer cost about 12 and 15 microseconds; reading the JDK's own input stream here costs
 * neither. {@code send} waits on the exchange itself and, when interrupted, cancels it.
 */
final class Exchange {
    /** How much of a response body is read: enough for an excerpt, never the whole of a huge body. */
    static final int CAPTURE_BYTES = 4 * 1024;

    /** What one attempt ended with. */
    sealed interface Outcome permits Answered, Failed {
    }

    /** A complete answer: status, headers and the captured start of the body. */
    record Answered(int status, HttpHeaders headers, byte[] body) implements Outcome {
    }

    /**
     * No complete answer.
     *
     * @param status the status whose body did not arrive in time, or -1
     */
    record Failed(Reason reason, Throwable cause, int status) implements Outcome {
    }

    private Exchange() {
    }

    /**
     * Runs one exchange.
     *
     * @param request a request whose timeout is {@code deadline}
     * @throws InterruptedException if the thread is interrupted; the exchange is aborted first
     */
    static Outcome run(HttpClient http, HttpRequest request, Duration deadline) throws InterruptedException {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return classify(e, -1);
        }
        InputStream body = response.body();
        BodyDeadlines.Watch watch = BodyDeadlines.SHARED.watch(deadlineNanos, () -> closeQuietly(body));
        byte[] captured = null;
        IOException failure = null;
        try {
            captured = body.readNBytes(CAPTURE_BYTES); // stops early at the end of the body
        } catch (IOException e) {
            failure = e;
        }
        boolean expired = !watch.cancel();
        closeQuietly(body); // a body longer than the capture is abandoned with its connection
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted while reading the response body");
        }
        if (expired) {
            return new Failed(Reason.TIMED_OUT,
                    new HttpTimeoutException("no complete answer within the deadline of " + deadline),
                    response.statusCode());
        }
        if (failure != null) {
            return classify(failure, response.statusCode());
        }
        return new Answered(response.statusCode(), response.headers(), captured);
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // Closing only releases the connection; the outcome is decided by what the read saw.
            return;
        }
    }

    /** Names what failed, from the most telling exception in the chain. */
    static Failed classify(Throwable failure, int status) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) {
                return new Failed(Reason.CONNECT_FAILED, failure, status);
            }
            if (t instanceof SSLHandshakeException) {
                return new Failed(Reason.TLS_FAILED, failure, status);
            }
            if (t instanceof HttpTimeoutException) {
                return new Failed(Reason.TIMED_OUT, failure, status);
            }
        }
        if (failure instanceof IOException) {
            return new Failed(Reason.CONNECTION_LOST, failure, status);
        }
        if (failure instanceof RuntimeException r) {
            throw r; // a programming error, not a network failure
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new Failed(Reason.CONNECTION_LOST, failure, status);
    }
}
