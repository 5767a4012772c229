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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * One attempt: one HTTP exchange under a whole-exchange deadline. The JDK's request timeout covers only the wait
 * for the headers, so the deadline is enforced here, around the whole future, and the exchange is aborted (the
 * future cancelled and the body subscription cancelled, which closes the connection) when it passes.
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
     * @throws InterruptedException if the thread is interrupted; the exchange is aborted first
     */
    static Outcome run(HttpClient http, HttpRequest request, Duration deadline) throws InterruptedException {
        CappedBody body = new CappedBody(CAPTURE_BYTES);
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, body);
        try {
            HttpResponse<byte[]> response = exchange.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new Answered(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            abort(exchange, body);
            return new Failed(Reason.TIMED_OUT,
                    new HttpTimeoutException("no complete answer within the deadline of " + deadline),
                    body.status());
        } catch (ExecutionException e) {
            abort(exchange, body);
            return classify(e.getCause(), body.status());
        } catch (InterruptedException e) {
            abort(exchange, body);
            throw e;
        }
    }

    private static void abort(CompletableFuture<?> exchange, CappedBody body) {
        body.abort();
        exchange.cancel(true);
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
