package dev.leadkit.client;

import static java.lang.System.Logger.Level.DEBUG;

import dev.leadkit.client.Call.Stop;
import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.internal.Text;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Delivers one lead on the calling thread, start to end: attempts, retry decisions, waits, the whole-call budget,
 * the listener, and the final result or exception. Every send is a {@link Call} registered for its duration, so
 * that {@link #close()} can stop it. Logs attempts, statuses and timings at DEBUG, with the endpoint masked and
 * never a body.
 */
final class Delivery {
    private static final System.Logger LOG = System.getLogger(LeadClient.class.getName());

    private final Settings settings;
    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final LeadJson json;
    private final String where;
    private final AtomicLong sendIds = new AtomicLong();
    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    Delivery(Settings settings, HttpClient http, ScheduledExecutorService timer) {
        this.settings = settings;
        this.http = http;
        this.timer = timer;
        this.json = LeadJson.builder().naming(settings.naming()).build();
        this.where = settings.endpoint().masked();
    }

    /** A new send on the calling thread; pass it to {@link #deliver}. */
    Call newCall() {
        return new Call(sendIds.incrementAndGet());
    }

    /**
     * Delivers a lead, or a JSON body as it is if {@code body} is not null (then no pre-send check runs, and
     * {@code lead} is the body read as a lead, or null, only to redact its personal data from excerpts).
     *
     * @throws LeadClientException if it was not delivered, an unexpected exception included (as UNEXPECTED)
     */
    SendResult deliver(Call call, Lead lead, byte[] body) {
        long start = now();
        calls.add(call);
        try {
            if (closed) {
                call.stop(Stop.CLOSED);
            }
            if (body == null && settings.validator() != null) {
                PreSendCheck.requireValid(settings.validator(), lead, where);
            }
            byte[] bytes = body != null ? body : json.writeBytes(lead);
            SendResult result = attempts(call, bytes, lead, start);
            ended(call, "DELIVERED", result.attempts(), result.statusCode(), start, "delivered");
            return result;
        } catch (RuntimeException e) {
            LeadClientException failure = e instanceof LeadClientException known ? known : unexpected(e, call.attempts);
            ended(call, tag(failure), failure.attempts(), failure instanceof DeliveryFailedException d
                    ? d.statusCode().orElse(-1) : failure instanceof LeadRejectedException r ? r.statusCode() : -1,
                    start, "not delivered: " + failure.getMessage());
            throw failure;
        } finally {
            calls.remove(call);
        }
    }

    private void ended(Call call, String outcome, int attempts, int status, long start, String what) {
        Duration elapsed = Duration.ofNanos(now() - start);
        LOG.log(DEBUG, () -> "send " + call.id + ": " + what + " (" + outcome + ", status " + status + ", "
                + attempts + " attempt(s) in " + elapsed.toMillis() + " ms)");
        listen(l -> l.onOutcome(new SendListener.Outcome(call.id, outcome, attempts, status, elapsed)));
    }

    private SendResult attempts(Call call, byte[] body, Lead lead, long start) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint().uri())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", LeadClient.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        RetryPolicy policy = settings.retryPolicy();
        long budgetEnd = start + policy.callTimeout().toNanos();
        for (int attempt = 1; ; attempt++) {
            final int n = attempt;
            listen(l -> l.onAttempt(new SendListener.Attempt(call.id, n)));
            LOG.log(DEBUG, () -> "send " + call.id + ": attempt " + n + "/" + policy.maxAttempts() + " to " + where);
            long attemptStart = now();
            Duration deadline = Duration.ofNanos(Math.max(1_000_000,
                    Math.min(settings.attemptTimeout().toNanos(), budgetEnd - now())));
            Exchange.Outcome outcome = Exchange.run(http, request, call, timer, deadline);
            if (outcome == null) { // closed or cancelled before the attempt could start
                throw stopped(call.end(), attempt - 1);
            }
            call.attempts = attempt;
            Duration took = Duration.ofNanos(now() - attemptStart);
            boolean more = attempt < policy.maxAttempts();
            LeadClientException failure;
            Duration wait;
            if (outcome instanceof Exchange.Answered answer) {
                LOG.log(DEBUG, () -> "send " + call.id + ": attempt " + n + " answered " + answer.status() + " in "
                        + took.toMillis() + " ms");
                String excerpt = answer.body().length == 0 ? "" // the usual 2xx: nothing to redact
                        : new Redactor(settings.endpoint().uri(), lead).excerpt(answer.body(),
                                answer.headers().firstValue("Content-Type"));
                if (answer.status() >= 200 && answer.status() <= 299) {
                    return new SendResult(answer.status(), attempt, excerpt, Duration.ofNanos(now() - start));
                }
                failure = failure(answer.status(), answer, attempt, excerpt);
                wait = more && policy.retries(answer.status()) ? waitAfter(answer, attempt, failure) : null;
            } else {
                Exchange.Failed failed = (Exchange.Failed) outcome;
                LOG.log(DEBUG, () -> "send " + call.id + ": attempt " + n + " failed (" + failed.reason() + ", "
                        + failed.cause().getClass().getName() + ") after " + took.toMillis() + " ms");
                failure = failure(failed, attempt);
                boolean worthRetrying = failed.reason() == Reason.CONNECT_FAILED || policy.retryWhenDeliveryUncertain()
                        && (failed.reason() == Reason.CONNECTION_LOST || failed.reason() == Reason.TIMED_OUT);
                wait = more && worthRetrying ? policy.backoff(attempt, Math.random()) : null;
            }
            if (wait == null) {
                throw failure;
            }
            DeliveryFailedException retried = (DeliveryFailedException) failure; // rejections are never retried
            if (now() + wait.toNanos() >= budgetEnd) {
                throw again(retried, "; not retried: a wait of " + wait + " would pass the call budget of "
                        + policy.callTimeout());
            }
            listen(l -> l.onRetry(new SendListener.Retry(call.id, n, retried.reason(),
                    retried.statusCode().orElse(-1), took, wait)));
            LOG.log(DEBUG, () -> "send " + call.id + ": waiting " + wait.toMillis() + " ms before attempt " + (n + 1));
            pause(call, wait, attempt);
        }
    }

    /** Waits between attempts; close() or a cancel stops the wait and the send. */
    private void pause(Call call, Duration wait, int attempts) {
        if (!call.arm()) {
            throw stopped(call.end(), attempts);
        }
        Stop stop;
        try {
            settings.seams().sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // disarm clears it again if it was the call's own
        } finally {
            stop = call.disarm();
        }
        if (stop != Stop.NONE || Thread.currentThread().isInterrupted()) { // the caller's own interrupt is kept
            throw stopped(stop == Stop.NONE ? Stop.CANCELLED : stop, attempts);
        }
    }

    /** The wait the receiver asked for with {@code Retry-After}, or the policy's backoff. */
    private Duration waitAfter(Exchange.Answered answer, int attempt, LeadClientException failure) {
        RetryPolicy policy = settings.retryPolicy();
        Optional<Duration> asked = answer.headers().firstValue("Retry-After")
                .flatMap(value -> RetryPolicy.parseRetryAfter(value, settings.seams().clock().instant()));
        if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
            throw again((DeliveryFailedException) failure, ", and the receiver asked to wait " + asked.get() + " before a retry, longer than "
                    + "maxRetryAfter " + policy.maxRetryAfter());
        }
        return asked.orElseGet(() -> policy.backoff(attempt, Math.random()));
    }

    private LeadClientException failure(int status, Exchange.Answered answer, int attempts, String excerpt) {
        String quoted = excerpt.isEmpty() ? "" : ": " + Text.quote(excerpt);
        boolean retryable = settings.retryPolicy().retries(status);
        if (status >= 300 && status <= 399) {
            String location = answer.headers().firstValue("Location").map(settings.endpoint()::maskOther)
                    .orElse("(no Location)");
            return new DeliveryFailedException("lead not delivered to " + where + ": status " + status
                    + " redirects to " + Text.quote(location) + ", and redirects are never followed", null,
                    Reason.REDIRECTED, status, attempts, excerpt, false);
        }
        if (!retryable && (status == 400 || status == 413 || status == 422)) {
            return new LeadRejectedException(where, status, attempts, excerpt);
        }
        if (!retryable && Set.of(401, 403, 404, 405, 410, 415).contains(status)) {
            return new DeliveryFailedException("lead not delivered to " + where + ": the endpoint refused the "
                    + "request with status " + status + " (not retried); fix the endpoint's URL or credentials, "
                    + "then send the lead again" + quoted, null, Reason.ENDPOINT_REFUSED, status, attempts, excerpt,
                    false);
        }
        return new DeliveryFailedException("lead not delivered to " + where + ": status " + status + " after "
                + attempts + " attempt(s)" + (retryable ? "" : " (status not retried)") + quoted, null, Reason.STATUS,
                status, attempts, excerpt, retryable);
    }

    private DeliveryFailedException failure(Exchange.Failed failed, int attempts) {
        String what = switch (failed.reason()) {
            case CONNECT_FAILED -> "could not connect";
            case TLS_FAILED -> "TLS handshake failed (is the receiver's certificate trusted?)";
            case TIMED_OUT -> "no complete answer within the deadline"
                    + (failed.status() < 0 ? "" : " (status " + failed.status() + " arrived, its body did not)");
            case CLOSED -> "the client was closed";
            case INTERRUPTED -> "interrupted";
            case UNEXPECTED -> "unexpected failure; the receiver may or may not have the lead";
            default -> "connection lost; the receiver may or may not have the lead";
        };
        String cause = failed.cause().getMessage() == null ? "" : ": " + Text.quote(failed.cause().getMessage());
        return new DeliveryFailedException("lead not delivered to " + where + " after " + attempts + " attempt(s): "
                + what + " (" + failed.cause().getClass().getSimpleName() + cause + ")", failed.cause(),
                failed.reason(), failed.status(), attempts, "", false);
    }

    private DeliveryFailedException stopped(Stop stop, int attempts) {
        Reason reason = stop == Stop.CLOSED ? Reason.CLOSED : Reason.INTERRUPTED;
        return attempts == 0 ? notSentFailure(reason)
                : failure(new Exchange.Failed(reason, new InterruptedException(stop.name()), -1), attempts);
    }

    DeliveryFailedException unexpected(Throwable e, int attempts) {
        return failure(new Exchange.Failed(Reason.UNEXPECTED, e, -1), attempts);
    }

    private static DeliveryFailedException again(DeliveryFailedException f, String more) {
        return new DeliveryFailedException(f.getMessage() + more, f.getCause(), f.reason(),
                f.statusCode().orElse(-1), f.attempts(), f.bodyExcerpt(), f.isRetryable());
    }

    /** The failure of a lead that is never sent: the client closed, or its batch was interrupted first. */
    DeliveryFailedException notSent(Reason reason) {
        long id = sendIds.incrementAndGet();
        listen(l -> l.onOutcome(new SendListener.Outcome(id, reason.name(), 0, -1, Duration.ZERO)));
        return notSentFailure(reason);
    }

    private DeliveryFailedException notSentFailure(Reason reason) {
        return new DeliveryFailedException("lead not delivered to " + where + ": " + (reason == Reason.CLOSED
                ? "the client was closed" : "interrupted") + " before it was sent", null, reason, -1, 0, "", false);
    }

    static String tag(LeadClientException failure) {
        return failure instanceof DeliveryFailedException d ? d.reason().name()
                : failure instanceof LeadRejectedException ? "REJECTED" : "INVALID";
    }

    private void listen(Consumer<SendListener> event) {
        try {
            event.accept(settings.listener());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "SendListener threw " + e.getClass().getName() + "; ignored");
        }
    }

    private long now() {
        return settings.seams().ticker().getAsLong();
    }

    /** Stops every send in progress: each fails with CLOSED at once, or at its next step. Idempotent. */
    void close() {
        closed = true;
        calls.forEach(call -> call.stop(Stop.CLOSED));
    }
}
