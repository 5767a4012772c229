package dev.leadkit.client;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code cap} bytes of a response body, then cancels the rest: a huge or endless body cannot
 * exhaust memory or hold the exchange open. Remembers the status as soon as the headers arrive, so a deadline
 * that passes during the body can say which status it was. One instance per exchange.
 */
final class CappedBody implements BodyHandler<byte[]> {
    private final int cap;
    private volatile int status = -1;
    private volatile Subscriber subscriber;

    CappedBody(int cap) {
        this.cap = cap;
    }

    @Override
    public BodySubscriber<byte[]> apply(ResponseInfo info) {
        status = info.statusCode();
        Subscriber s = new Subscriber(cap);
        subscriber = s;
        return s;
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

        Subscriber(int cap) {
            this.cap = cap;
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
            if (body.completeExceptionally(new CancellationException("body reading aborted"))) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
            }
        }
    }
}
