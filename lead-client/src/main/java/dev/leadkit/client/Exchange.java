package dev.leadkit.client;

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
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;

/**
 * One attempt: one HTTP exchange under a whole-exchange deadline, run on the calling thread. The JDK's request
 * timeout (the request must carry the deadline as its timeout) ends the wait for the headers; for the body, a
 * {@link BodyDeadlines} watch interrupts the sending thread when the deadline passes, and {@code send} then
 * cancels the exchange. At most {@link #CAPTURE_BYTES} of the body are kept; the rest is read and dropped, so a
 * huge body costs no memory and an endless one ends at the deadline.
 *
 * <p>Why {@code send} with the JDK's own byte-consumer subscriber, and not {@code sendAsync(...).get(deadline)},
 * a subscriber of our own, or {@code ofInputStream()}: on JDK 17 with two CPUs or fewer the JDK completes every
 * {@code sendAsync} future on a new thread; a subscriber the JDK did not write costs a hand-off to another thread
 * per response, and an input stream a second wake-up of the caller. Measured on loopback sends of about 185
 * microseconds: the consumer costs nothing over {@code ofByteArray()}, the input stream 14 microseconds, a
 * per-send {@code orTimeout} timer 12.
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

    /**
     * Runs one exchange.
     *
     * @param request a request whose timeout is {@code deadline}
     * @throws InterruptedException if the thread is interrupted (not by the deadline); the exchange is aborted
     */
    static Outcome run(HttpClient http, HttpRequest request, Duration deadline) throws InterruptedException {
        Alarm alarm = new Alarm(Thread.currentThread());
        Capture capture = new Capture(alarm);
        BodyDeadlines.Watch watch = BodyDeadlines.SHARED.watch(System.nanoTime() + deadline.toNanos(),
                () -> alarm.ring(Alarm.DEADLINE));
        HttpResponse<Void> response = null;
        Exception failure = null;
        try {
            response = http.send(request, capture);
        } catch (IOException | InterruptedException e) {
            failure = e;
        }
        watch.cancel();
        int rang = alarm.close(failure instanceof InterruptedException);
        if (response != null) {
            return new Answered(response.statusCode(), response.headers(), capture.bytes());
        }
        if (rang == Alarm.CAPPED) { // the whole excerpt is in: the rest of the body is not wanted
            return new Answered(capture.status, capture.headers, capture.bytes());
        }
        if (rang == Alarm.DEADLINE) {
            return new Failed(Reason.TIMED_OUT,
                    new HttpTimeoutException("no complete answer within the deadline of " + deadline),
                    capture.status);
        }
        if (failure instanceof InterruptedException) {
            throw (InterruptedException) failure;
        }
        return classify(failure, capture.status);
    }

    /**
     * Keeps the first {@link #CAPTURE_BYTES} of a body through the JDK's own (trusted) consumer subscriber, and
     * rings the alarm when more arrives, which ends the exchange.
     */
    private static final class Capture implements HttpResponse.BodyHandler<Void> {
        private final Alarm alarm;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile int status = -1;
        private volatile HttpHeaders headers;

        Capture(Alarm alarm) {
            this.alarm = alarm;
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
                alarm.ring(Alarm.CAPPED);
            }
        }

        byte[] bytes() {
            return kept.toByteArray(); // ByteArrayOutputStream is synchronized: late chunks may still arrive
        }
    }

    /**
     * Ends a running {@code send} by interrupting its thread, which makes the JDK cancel the exchange: at the
     * deadline, or once the excerpt is full. Rings at most once, and never after the sender has closed it, so an
     * interrupt meant for a send that already finished cannot leak into whatever the thread does next.
     */
    static final class Alarm {
        static final int SILENT = 0;
        static final int CLOSED = 1;
        static final int DEADLINE = 2;
        static final int CAPPED = 3;

        private final Thread sender;
        private final AtomicInteger state = new AtomicInteger(SILENT);
        private volatile boolean delivered;

        Alarm(Thread sender) {
            this.sender = sender;
        }

        void ring(int why) {
            if (state.compareAndSet(SILENT, why)) {
                sender.interrupt();
                delivered = true;
            }
        }

        /**
         * Called by the sender once {@code send} is over.
         *
         * @param consumedBySend whether {@code send} threw InterruptedException, clearing the thread's flag
         * @return why it rang, or {@link #SILENT} if it did not
         */
        int close(boolean consumedBySend) {
            if (state.compareAndSet(SILENT, CLOSED)) {
                return SILENT;
            }
            while (!delivered) {
                Thread.onSpinWait();
            }
            if (!consumedBySend) {
                Thread.interrupted(); // ours, not the caller's
            }
            return state.get();
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
