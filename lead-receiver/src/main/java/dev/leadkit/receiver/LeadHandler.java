package dev.leadkit.receiver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The Jetty handler behind a {@link LeadEndpoint}: health on GET {@value LeadEndpoint#HEALTH_PATH}, leads by POST
 * on the lead path. The token, the type and a declared length are checked before the body is read; the body is
 * read without holding a thread, under the request deadline; an accepted lead is stored before its 202, without
 * holding a thread while the store waits if the sink allows it ({@link LeadSink#storeAsync}).
 */
final class LeadHandler extends Handler.Abstract {
    private final LeadReceiver receiver;
    private final LeadSink sink;
    private final String path;
    private final long requestMillis;
    private final Scheduler scheduler;
    private final HeaderDeadlines headerDeadlines;
    private final LeadEndpoint.Listener listener;
    private final Gate gate = new Gate();
    /** Marks a request whose body was read, so that its deadline is not armed or is cancelled. */
    private static final Scheduler.Task BODY_READ = () -> false;
    /** The longest declared body that is read and dropped after an answer given before the body: 2 MiB. */
    static final long DRAIN_LIMIT = 2L << 20;

    LeadHandler(LeadReceiver receiver, LeadSink sink, String path, Duration requestTimeout, Scheduler scheduler,
            HeaderDeadlines headerDeadlines, LeadEndpoint.Listener listener) {
        this.receiver = receiver;
        this.sink = sink;
        this.path = path;
        this.requestMillis = requestTimeout.toMillis();
        this.scheduler = scheduler;
        this.headerDeadlines = headerDeadlines;
        this.listener = listener;
    }

    Gate gate() {
        return gate;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Connection connection = request.getConnectionMetaData().getConnection();
        headerDeadlines.requestStarted(connection);
        Request.addCompletionListener(request, failure -> headerDeadlines.requestEnded(connection));
        String target = request.getHttpURI().getPath();
        String method = request.getMethod();
        if (LeadEndpoint.HEALTH_PATH.equals(target) && ("GET".equals(method) || "HEAD".equals(method))) {
            boolean up = !gate.isClosed() && sink.isAccepting();
            byte[] body = ("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"acceptingLeads\":" + up + "}")
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(up ? 200 : 503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, "HEAD".equals(method) ? null : ByteBuffer.wrap(body), callback);
            return true;
        }
        if (!path.equals(target)) {
            answer(request, response, callback, start, 0, problem(404, LeadEndpoint.NOT_FOUND, "Not Found",
                    "leads are taken by POST on " + path), false);
            return true;
        }
        if (!"POST".equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            answer(request, response, callback, start, 0, problem(405, LeadEndpoint.METHOD_NOT_ALLOWED,
                    "Method Not Allowed", "leads are taken by POST on " + path), false);
            return true;
        }
        if (!gate.enter()) {
            answer(request, response, callback, start, 0, problem(503, LeadEndpoint.UNAVAILABLE,
                    "Service Unavailable", "the endpoint is shutting down; send the lead again later"), true);
            return true;
        }
        Callback leave = Callback.from(callback, gate::exit);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String query = request.getHttpURI().getQuery();
        Optional<Reception.Rejected> early = receiver.checkBeforeBody(contentType, query, request.getLength());
        if (early.isPresent()) {
            answerBeforeTheBody(request, response, leave, start, early.get());
            return true;
        }
        AtomicBoolean late = new AtomicBoolean();
        AtomicReference<Scheduler.Task> deadline = new AtomicReference<>();
        // BLOCKING: a sink's storeAsync may block (the default calls store), so Jetty must call this on a pool
        // thread, never on a selector's (the CompletableFuture variant completes as NON_BLOCKING and stalled every
        // connection during a force). An accepted lead holds no thread while its store waits; its answer goes out
        // on a pool thread when the store completes (not on the thread that completed it: a JsonLinesSink's
        // flusher would answer a whole round alone, and at c=200 that one thread bounded the endpoint).
        Content.Source.asByteArrayAsync(request, receiver.maxBodyBytes(), Promise.Invocable.from(
                Invocable.InvocationType.BLOCKING, (byte[] body, Throwable failure) -> {
            Scheduler.Task armed = deadline.getAndSet(BODY_READ);
            if (armed != null) {
                armed.cancel();
            }
            if (failure != null) {
                long read = Request.getContentBytesRead(request);
                if (late.get()) {
                    answer(request, response, leave, start, read, problem(408, LeadEndpoint.TIMEOUT,
                            "Request Timeout", "the body did not arrive within " + requestMillis + " ms"), true);
                } else if (read > receiver.maxBodyBytes()) {
                    answer(request, response, leave, start, read,
                            receiver.receive(new byte[receiver.maxBodyBytes() + 1], contentType, query), true);
                } else {
                    leave.failed(failure); // the client went away, or sent a broken body encoding
                }
                return;
            }
            Reception reception = receiver.receive(body, contentType, query);
            if (!(reception instanceof Reception.Accepted accepted)) {
                answer(request, response, leave, start, body.length, reception, false);
                return;
            }
            store(accepted).whenCompleteAsync((stored, notStored) -> answer(request, response, leave, start,
                    body.length, notStored == null ? reception : notStored(notStored), false),
                    request.getComponents().getExecutor());
        }));
        if (deadline.get() == null) {
            // the body was not all there at once (when it was, the lead is answered by now): a deadline for it
            Scheduler.Task task = scheduler.schedule(() -> {
                late.set(true);
                request.fail(new TimeoutException("request deadline"));
            }, requestMillis, TimeUnit.MILLISECONDS);
            if (!deadline.compareAndSet(null, task)) {
                task.cancel(); // it arrived meanwhile
            }
        }
        return true;
    }

    /**
     * Answers before a byte of the body is read, then closes the connection. A declared body of at most
     * {@link #DRAIN_LIMIT} bytes is read and dropped after the answer went out (within the request deadline), so
     * that the close does not reset the connection before the client has read the answer (a close with unread
     * bytes sends a reset, which may discard the answer on the client's side); a longer or unknown one is not read.
     */
    private void answerBeforeTheBody(Request request, Response response, Callback callback, long start,
            Reception.Rejected rejected) {
        long declared = request.getLength();
        if (declared <= 0 || declared > DRAIN_LIMIT) {
            answer(request, response, callback, start, 0, rejected, true);
            return;
        }
        answer(request, response, Callback.from(() -> drain(request, callback), callback::failed), start, 0,
                rejected, true);
    }

    private void drain(Request request, Callback callback) {
        Scheduler.Task deadline = scheduler.schedule(() -> request.fail(new TimeoutException("drain deadline")),
                requestMillis, TimeUnit.MILLISECONDS);
        Runnable done = () -> {
            deadline.cancel();
            callback.succeeded(); // the answer is out either way; the connection closes now
        };
        Content.Source.consumeAll(request, Callback.from(done, failure -> done.run()));
    }

    /**
     * The sink's stage for an accepted lead. A sink that throws instead of failing its stage, or returns no stage,
     * fails it here: the lead gets its 503 and the request ends either way.
     */
    private CompletionStage<Void> store(Reception.Accepted accepted) {
        try {
            CompletionStage<Void> stage = sink.storeAsync(accepted.lead());
            return stage != null ? stage
                    : CompletableFuture.failedFuture(new NullPointerException("the sink's storeAsync returned null"));
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Reception notStored(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        Exception heard = cause instanceof Exception e ? e : new IOException("the sink failed", cause);
        tell(() -> listener.storeFailed(heard));
        return problem(503, LeadEndpoint.NOT_STORED, "Service Unavailable",
                "the lead could not be stored; send it again later");
    }

    private void answer(Request request, Response response, Callback callback, long start, long bytesIn,
            Reception reception, boolean close) {
        byte[] body = reception.body();
        response.setStatus(reception.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reception.contentType());
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        tell(() -> listener.answered(request.getMethod(), reception, bytesIn, elapsed));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Calls the user's listener. What it throws is dropped: a failed log line or meter must not change an answer,
     * nor leave a request without one (thrown inside a store's completion, it would be lost with the answer).
     */
    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // the answer goes out as decided
        }
    }

    private static Reception.Rejected problem(int status, String type, String title, String detail) {
        return new Reception.Rejected(status, type, title, detail, List.of());
    }
}
