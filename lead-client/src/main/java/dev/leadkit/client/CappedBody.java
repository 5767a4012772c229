package dev.leadkit.client;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Reads at most {@code cap} bytes of a response body, then cancels the rest: a huge or endless body cannot
 * exhaust memory or hold the exchange open. A body not complete by the exchange's deadline fails and its
 * subscription is cancelled (the JDK's request timeout covers only the wait for the headers). Remembers the status
 * as soon as the headers arrive, so a deadline that passes during the body can say which status it was. One
 * instance per exchange.
 */
final class CappedBody implements BodyHandler<byte[]> {
    private final int cap;
    private final long deadlineNanos;
    private volatile int status = -1;
    private volatile Subscriber subscriber;

    /** A handler capturing {@code cap} bytes of a body that must have arrived by {@code deadlineNanos} (nanoTime). */
    CappedBody(int cap, long deadlineNanos) {
        this.cap = cap;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
        status = info.statusCode();
        Subscriber s = new Subscriber(cap, deadlineNanos - System.nanoTime());
        subscriber = s;
        return s;
    }

    /** Whether the body was cut off by the deadline. */
    boolean timedOut() {
        Subscriber s = subscriber;
        return s != null && s.timedOut;
    }

    /** The status of the response whose headers arrived, or -1 if none did. */
    int status() {
        return status;
    }

    /** Stops reading the body, if it is being read; the exchange's connection is then not reused. */
    void abort() {
        Subscriber s = subscriber;
        if (s != null) {
            s.abort();
        }
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {
        private final int cap;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;
        private volatile boolean timedOut;

        Subscriber(int cap, long remainingNanos) {
            this.cap = cap;
            // CompletableFuture's shared delay thread fires the timer; a body that completes first cancels it.
            CompletableFuture<Void> timer = new CompletableFuture<>();
            timer.orTimeout(Math.max(0, remainingNanos), TimeUnit.NANOSECONDS).whenComplete((v, expired) -> {
                if (expired != null) {
                    timedOut = true; // set before the body fails, so whoever sees the failure sees the flag
                    fail(new HttpTimeoutException("response body not complete within the deadline"));
                }
            });
            body.whenComplete((bytes, failure) -> timer.complete(null));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (body.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE); // bounded anyway: onNext stops at the cap
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int take = Math.min(item.remaining(), cap - bytes.size());
                byte[] chunk = new byte[take];
                item.get(chunk);
                bytes.write(chunk, 0, take);
                if (bytes.size() >= cap) {
                    subscription.cancel();
                    body.complete(bytes.toByteArray());
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }

        void abort() {
            fail(new CancellationException("body reading aborted"));
        }

        private void fail(Throwable why) {
            if (body.completeExceptionally(why)) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }
    }
}
