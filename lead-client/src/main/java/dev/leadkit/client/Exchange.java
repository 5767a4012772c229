package dev.leadkit.client;

import dev.leadkit.client.Call.Stop;
import dev.leadkit.client.DeliveryFailedException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;

/**
 * One attempt: one HTTP exchange with {@code HttpClient.send} on the calling thread, under a whole-exchange
 * deadline. The deadline is a task on the client's own timer that {@linkplain Call#stop stops} the call, which
 * interrupts the thread, and {@code send} then cancels the exchange; it is armed and disarmed in
 * {@code try/finally}. At most {@link #CAPTURE_BYTES} of the body are kept; once more arrives the exchange is
 * ended the same way, so a huge or endless body costs neither memory nor time.
 *
 * <p>Why {@code send} and the JDK's own {@code ofByteArrayConsumer}, not {@code sendAsync}: on JDK 17 with two
 * CPUs or fewer the JDK completes every {@code sendAsync} future on a new thread, and a body subscriber the JDK
 * did not write costs a hand-off to another thread per response (benchmarks/notes.md).
 */
final class Exchange {
    /** How much of a response body is kept: enough for an excerpt. */
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

    /** Runs one exchange; null if the call was already ended, so none started. Never throws but an Error. */
    static Outcome run(HttpClient http, HttpRequest request, Call call, ScheduledExecutorService timer,
            Duration deadline) {
        Capture capture = new Capture(call);
        if (!call.arm()) {
            return null;
        }
        ScheduledFuture<?> alarm = null;
        HttpResponse<Void> response = null;
        Exception failure = null;
        Stop stop;
        try {
            alarm = timer.schedule(() -> call.stop(Stop.DEADLINE), deadline.toNanos(), TimeUnit.NANOSECONDS);
            response = http.send(request, capture);
        } catch (IOException | InterruptedException | RuntimeException e) {
            failure = e;
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            stop = call.disarm();
        }
        if (response != null) {
            return new Answered(response.statusCode(), response.headers(), capture.bytes());
        }
        if (stop == Stop.CAPPED) { // the whole excerpt is in: the rest of the body is not wanted
            return new Answered(capture.status, capture.headers, capture.bytes());
        }
        if (stop == Stop.DEADLINE) {
            return new Failed(Reason.TIMED_OUT, new HttpTimeoutException("no complete answer within "
                    + deadline.toMillis() + " ms"),
                    capture.status);
        }
        if (stop != Stop.NONE) {
            return stopped(stop, failure, capture);
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt(); // the caller's own: keep it
            return new Failed(Reason.INTERRUPTED, failure, capture.status);
        }
        return classify(failure, capture.status);
    }

    private static Failed stopped(Stop stop, Exception cause, Capture capture) {
        return new Failed(stop == Stop.CLOSED ? Reason.CLOSED : Reason.INTERRUPTED,
                cause == null ? new InterruptedException(stop.name()) : cause, capture.status);
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
        return new Failed(failure instanceof IOException ? Reason.CONNECTION_LOST : Reason.UNEXPECTED, failure,
                status);
    }

    /**
     * Keeps the first {@link #CAPTURE_BYTES} of a body through the JDK's own (trusted) consumer subscriber, and
     * stops the call's step when more arrives, which ends the exchange.
     */
    private static final class Capture implements HttpResponse.BodyHandler<Void> {
        private final Call call;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile int status = -1;
        private volatile HttpHeaders headers;

        Capture(Call call) {
            this.call = call;
        }

        @Override
        public HttpResponse.BodySubscriber<Void> apply(HttpResponse.ResponseInfo info) {
            headers = info.headers();
            status = info.statusCode();
            return HttpResponse.BodySubscribers.ofByteArrayConsumer(chunk -> chunk.ifPresent(this::keep));
        }

        private void keep(byte[] chunk) {
            int room = CAPTURE_BYTES - kept.size();
            kept.write(chunk, 0, Math.min(room, chunk.length));
            if (chunk.length > room) {
                call.stop(Stop.CAPPED);
            }
        }

        byte[] bytes() {
            return kept.toByteArray(); // ByteArrayOutputStream is synchronized: late chunks may still arrive
        }
    }
}
