package dev.leadkit.client;

import static java.lang.System.Logger.Level.DEBUG;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import dev.leadkit.model.internal.Text;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Delivers one lead: attempts, retry decisions, waits, and the final result or exception. Blocking; runs on the
 * caller's thread for {@code send} and on the client's send pool otherwise. Logs attempts, statuses and timings
 * at DEBUG, with the endpoint masked and never a body.
 */
final class Delivery {
    private static final System.Logger LOG = System.getLogger(LeadClient.class.getName());

    private final Settings settings;
    private final HttpClient http;
    private final BooleanSupplier closed;
    private final String where;
    private final AtomicLong sendIds = new AtomicLong();

    Delivery(Settings settings, HttpClient http, BooleanSupplier closed) {
        this.settings = settings;
        this.where = settings.endpoint().masked();
        this.http = http;
        this.closed = closed;
    }

    /**
     * Delivers a lead, retrying as the policy allows.
     *
     * @throws LeadClientException if the lead was not delivered
     */
    SendResult deliver(Lead lead) {
        long id = sendIds.incrementAndGet();
        try {
            if (settings.validator() != null) {
                PreSendCheck.requireValid(settings.validator(), lead, where);
            }
            return delivered(id, attempts(settings.json().writeBytes(lead), new Redactor(settings.endpoint().uri(),
                    lead), id));
        } catch (LeadClientException e) {
            throw notDelivered(id, e);
        }
    }

    /**
     * Delivers a body as it is, retrying as the policy allows; no pre-send check. The redactor learns the names,
     * e-mail and phone of the body if it reads as a lead.
     *
     * @throws LeadClientException if the body was not delivered
     */
    SendResult deliverJson(byte[] json) {
        long id = sendIds.incrementAndGet();
        Lead lead;
        try {
            lead = LeadJson.defaults().read(json);
        } catch (LeadParseException e) {
            lead = null; // not a lead: only the endpoint's secrets are redacted from excerpts
        }
        try {
            return delivered(id, attempts(json, new Redactor(settings.endpoint().uri(), lead), id));
        } catch (LeadClientException e) {
            throw notDelivered(id, e);
        }
    }

    private static SendResult delivered(long id, SendResult result) {
        LOG.log(DEBUG, () -> "send " + id + ": delivered, status " + result.statusCode() + " after "
                + result.attempts() + " attempt(s) in " + result.elapsed().toMillis() + " ms");
        return result;
    }

    private static LeadClientException notDelivered(long id, LeadClientException e) {
        LOG.log(DEBUG, () -> "send " + id + ": not delivered: " + e.getMessage());
        return e;
    }

    private SendResult attempts(byte[] body, Redactor redactor, long id) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint().uri())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", LeadClient.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long start = System.nanoTime();
        int max = settings.maxAttempts();
        for (int attempt = 1; ; attempt++) {
            final int n = attempt;
            LOG.log(DEBUG, () -> "send " + id + ": attempt " + n + "/" + max + " to " + where);
            long attemptStart = System.nanoTime();
            Exchange.Outcome outcome;
            try {
                outcome = Exchange.run(http, request, settings.timeout());
            } catch (InterruptedException e) {
                throw interrupted(e, attempt);
            }
            long millis = millisSince(attemptStart);
            Duration wait;
            if (outcome instanceof Exchange.Answered answer) {
                LOG.log(DEBUG, () -> "send " + id + ": attempt " + n + " answered " + answer.status() + " in "
                        + millis + " ms");
                String excerpt = redactor.excerpt(answer.body());
                if (answer.status() >= 200 && answer.status() <= 299) {
                    return new SendResult(answer.status(), attempt, excerpt,
                            Duration.ofNanos(System.nanoTime() - start));
                }
                wait = waitOrFail(answer, attempt, excerpt);
            } else {
                Exchange.Failed failed = (Exchange.Failed) outcome;
                LOG.log(DEBUG, () -> "send " + id + ": attempt " + n + " failed (" + failed.reason() + ", "
                        + failed.cause().getClass().getName() + ") after " + millis + " ms");
                wait = waitOrFail(failed, attempt);
            }
            Duration pause = wait;
            LOG.log(DEBUG, () -> "send " + id + ": waiting " + pause.toMillis() + " ms before attempt " + (n + 1));
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                throw interrupted(e, attempt);
            }
        }
    }

    /** The wait before the next attempt after an error status, or the final failure. */
    private Duration waitOrFail(Exchange.Answered answer, int attempt, String excerpt) {
        RetryPolicy policy = settings.retryPolicy();
        if (!policy.retries(answer.status()) || attempt >= settings.maxAttempts()) {
            throw failure(answer, attempt, excerpt);
        }
        Optional<Duration> asked = answer.headers().firstValue("Retry-After")
                .flatMap(value -> RetryPolicy.parseRetryAfter(value, settings.clock().instant()));
        if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
            throw new DeliveryFailedException("lead not delivered to " + where + ": status " + answer.status()
                    + " after " + attempt + " attempt(s), and the receiver asked to wait " + asked.get()
                    + " before a retry, longer than maxRetryAfter " + policy.maxRetryAfter(), null, Reason.STATUS,
                    answer.status(), attempt, excerpt, true);
        }
        return asked.orElseGet(() -> policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
    }

    /** The wait before the next attempt after a failed exchange, or the final failure. */
    private Duration waitOrFail(Exchange.Failed failed, int attempt) {
        if (attempt >= settings.maxAttempts() || !retries(failed.reason())) {
            throw failure(failed, attempt);
        }
        return settings.retryPolicy().backoff(attempt, ThreadLocalRandom.current().nextDouble());
    }

    private boolean retries(Reason reason) {
        switch (reason) {
            case CONNECT_FAILED:
                return true;
            case CONNECTION_LOST:
            case TIMED_OUT:
                return settings.retryPolicy().retryWhenDeliveryUncertain();
            default:
                return false;
        }
    }

    private LeadClientException failure(Exchange.Answered answer, int attempts, String excerpt) {
        int status = answer.status();
        if (status >= 300 && status <= 399) {
            String location = answer.headers().firstValue("Location").map(settings.endpoint()::maskOther)
                    .orElse("(no Location)");
            return new DeliveryFailedException("lead not delivered to " + where + ": status " + status
                    + " redirects to " + Text.quote(location) + ", and redirects are never followed", null,
                    Reason.REDIRECTED, status, attempts, excerpt, false);
        }
        boolean retryable = settings.retryPolicy().retries(status);
        if (status >= 400 && status <= 499 && status != 408 && status != 429 && !retryable) {
            return new LeadRejectedException(where, status, attempts, excerpt);
        }
        return new DeliveryFailedException("lead not delivered to " + where + ": status " + status + " after "
                + attempts + " attempt(s)" + (retryable ? "" : " (status not retried)")
                + (excerpt.isEmpty() ? "" : ": " + Text.quote(excerpt)), null, Reason.STATUS, status, attempts,
                excerpt, retryable);
    }

    private DeliveryFailedException failure(Exchange.Failed failed, int attempts) {
        String what;
        switch (failed.reason()) {
            case CONNECT_FAILED:
                what = "could not connect";
                break;
            case TLS_FAILED:
                what = "TLS handshake failed (is the receiver's certificate trusted?)";
                break;
            case TIMED_OUT:
                what = "no complete answer within the deadline"
                        + (failed.status() < 0 ? "" : " (status " + failed.status() + " arrived, its body did not)");
                break;
            default:
                what = "connection lost; the receiver may or may not have the lead";
        }
        String cause = failed.cause().getMessage() == null ? "" : ": " + Text.quote(failed.cause().getMessage());
        return new DeliveryFailedException("lead not delivered to " + where + " after " + attempts + " attempt(s): "
                + what + " (" + failed.cause().getClass().getSimpleName() + cause + ")", failed.cause(),
                failed.reason(), failed.status(), attempts, "", false);
    }

    private DeliveryFailedException interrupted(InterruptedException e, int attempts) {
        Thread.currentThread().interrupt();
        boolean byClose = closed.getAsBoolean();
        return new DeliveryFailedException("lead not delivered to " + where + " after " + attempts + " attempt(s): "
                + (byClose ? "the client was closed" : "interrupted"),
                e, byClose ? Reason.CLOSED : Reason.INTERRUPTED, -1, attempts, "", false);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
