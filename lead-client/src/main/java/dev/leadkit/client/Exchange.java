package dev.leadkit.client;

import dev.leadkit.client.DeliveryFailedException.Reason;
import java.io.IOException;
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
 * timeout (the request must carry the deadline as its timeout) ends the wait for the headers; the body must then
 * arrive by the same deadline, which {@link CappedBody} enforces by failing the body and cancelling its subscription,
 * which closes the connection.
 *
 * <p>Why {@code send} and not {@code sendAsync(...).get(deadline)}: the JDK completes every {@code sendAsync} future
 * through {@code CompletableFuture}'s default executor, which on a machine with two CPUs or fewer (common-pool
 * parallelism 1) starts a new thread per call; on JDK 17 that cost more than half the throughput of a loopback
 * send. {@code send} waits on the exchange itself and, when interrupted, cancels it.
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
        CappedBody body = new CappedBody(CAPTURE_BYTES, System.nanoTime() + deadline.toNanos());
        try {
            HttpResponse<byte[]> response = http.send(request, body);
            return new Answered(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            body.abort();
            if (body.timedOut()) {
                return new Failed(Reason.TIMED_OUT,
                        new HttpTimeoutException("no complete answer within the deadline of " + deadline),
                        body.status());
            }
            return classify(e, body.status());
        } catch (InterruptedException e) {
            body.abort(); // send has cancelled the exchange already; this also stops a body being read
            throw e;
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
