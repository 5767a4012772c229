package dev.leadkit.spring;

import dev.leadkit.client.LeadClient;
import dev.leadkit.model.Lead;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.LeadSink;
import dev.leadkit.receiver.Reception;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.springframework.web.HttpRequestHandler;

/**
 * The receiving endpoint: answers exactly as its {@link LeadReceiver} decides (202, or an RFC 9457 problem), and
 * acknowledges a lead only after the {@link LeadSink} made it durable; a sink that throws gets 503 ({@link
 * #NOT_STORED}), so the sender tries again. A request without the token, of the wrong type or declaring too large a
 * body is answered before a byte of the body is read; at most {@code maxBodyBytes + 1} bytes are ever read.
 *
 * <p>With a {@link LeadClient}, each stored lead is then sent on asynchronously: the sender's answer never waits for
 * the forward, and a lead whose forward fails is still in the sink. Thread-safe.
 */
final class ReceivingEndpoint implements HttpRequestHandler {
    // The same types as lead-receiver's LeadEndpoint; not taken from it, because that class needs Jetty.
    /** Problem type of a lead the sink could not make durable (503): send it again later. */
    static final String NOT_STORED = "tag:leadkit.dev,2026:problem/not-stored";
    /** Problem type of a request with another method than POST (405). */
    static final String METHOD_NOT_ALLOWED = "tag:leadkit.dev,2026:problem/method-not-allowed";

    private static final System.Logger LOG = System.getLogger(ReceivingEndpoint.class.getName());

    private final LeadReceiver receiver;
    private final LeadSink sink;
    private final LeadClient forwardTo;
    private final ReceptionObserver observer;
    private final LongSupplier nanoTime;

    ReceivingEndpoint(LeadReceiver receiver, LeadSink sink, LeadClient forwardTo, ReceptionObserver observer,
            LongSupplier nanoTime) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.forwardTo = forwardTo;
        this.observer = Objects.requireNonNull(observer, "observer");
        this.nanoTime = nanoTime;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            answer(response, new Reception.Rejected(405, METHOD_NOT_ALLOWED, "Method Not Allowed",
                    "leads are received with POST", List.of()));
            return;
        }
        String contentType = request.getContentType();
        String query = request.getQueryString();
        Reception.Rejected early = receiver.checkBeforeBody(contentType, query, request.getContentLengthLong())
                .orElse(null);
        if (early != null) {
            answer(response, early);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(receiver.maxBodyBytes() + 1);
        Reception reception = receiver.receive(body, contentType, query);
        if (reception instanceof Reception.Accepted accepted) {
            reception = store(accepted);
        }
        answer(response, reception);
    }

    private Reception store(Reception.Accepted accepted) {
        Lead lead = accepted.lead();
        long start = nanoTime.getAsLong();
        try {
            sink.store(lead);
        } catch (IOException | RuntimeException e) {
            observer.stored(false, Duration.ofNanos(nanoTime.getAsLong() - start));
            // The exception's type only: a sink's message is not ours to vouch for.
            LOG.log(System.Logger.Level.WARNING, "a received lead was not stored and is answered 503: {0}",
                    e.getClass().getName());
            return new Reception.Rejected(503, NOT_STORED, "Service Unavailable",
                    "the lead could not be stored; send it again later", List.of());
        }
        observer.stored(true, Duration.ofNanos(nanoTime.getAsLong() - start));
        if (forwardTo != null) {
            forward(lead);
        }
        return accepted;
    }

    private void forward(Lead lead) {
        try {
            forwardTo.sendAsync(lead).whenComplete((result, failure) -> {
                if (failure != null) {
                    LOG.log(System.Logger.Level.WARNING, "a stored lead was not forwarded; it stays in the sink: {0}",
                            failure.getClass().getName());
                }
            });
        } catch (RuntimeException e) { // a closed client: the context is shutting down
            LOG.log(System.Logger.Level.WARNING, "a stored lead was not forwarded; it stays in the sink: {0}",
                    e.getClass().getName());
        }
    }

    private void answer(HttpServletResponse response, Reception reception) throws IOException {
        byte[] body = reception.body();
        response.setStatus(reception.status());
        response.setContentType(reception.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        if (reception instanceof Reception.Accepted accepted) {
            observer.answered(202, null, accepted.report().isValid());
        } else {
            observer.answered(reception.status(), ((Reception.Rejected) reception).type(), null);
        }
    }

    @Override
    public String toString() {
        return "ReceivingEndpoint[" + receiver + ", sink=" + sink.getClass().getSimpleName()
                + (forwardTo == null ? "" : ", forwarding") + "]";
    }
}
