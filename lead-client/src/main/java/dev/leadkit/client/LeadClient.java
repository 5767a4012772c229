package dev.leadkit.client;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * Posts leads to one receiver: a Power Automate flow, a CRM webhook, another service.
 *
 * <pre>{@code
 * try (LeadClient client = LeadClient.builder().endpoint(flowUrl).build()) {
 *     SendResult result = client.send(lead); // throws LeadClientException if not delivered
 * }
 * }</pre>
 *
 * <p>Each lead is one {@code POST} of its JSON ({@code Content-Type: application/json; charset=utf-8},
 * {@code User-Agent: }{@value #USER_AGENT_PRODUCT}{@code /<version>}), PascalCase unless configured otherwise.
 * What became of the lead, and whether to send it again:
 * <ul>
 * <li>a 2xx answer: delivered, a {@link SendResult};
 * <li>400, 413 or 422: the receiver refused the lead for its content, a {@link LeadRejectedException}: do not
 *     resend it unchanged;
 * <li>401, 403, 404, 405, 410 or 415: the endpoint refused the request, a {@link DeliveryFailedException} with
 *     reason {@link DeliveryFailedException.Reason#ENDPOINT_REFUSED}: fix the endpoint's configuration, then
 *     resend every lead that failed so;
 * <li>anything else: delivery failed, a {@link DeliveryFailedException} whose {@link DeliveryFailedException.Reason
 *     reason} says whether the receiver may have the lead (a lost connection, a timeout) or surely does not (a
 *     refused connection, a closed client before the first attempt).
 * </ul>
 * Retries follow the {@link RetryPolicy}: attempts, backoff and a whole-call budget. Redirects are never followed
 * (a 3xx is a {@link DeliveryFailedException.Reason#REDIRECTED} failure): following one could hand the lead to
 * another host or downgrade it to plain http.
 *
 * <p>Each attempt has a whole-exchange deadline ({@link Builder#attemptTimeout(Duration)}): connecting, sending,
 * waiting for the headers and reading the body, so a receiver that stalls mid-body cannot hold a send longer.
 * The response body is read only up to a few kilobytes, for the excerpt.
 *
 * <p>The endpoint URL is treated as a secret: messages, log lines and {@link #toString()} show its scheme, host,
 * port and at most the first path segment, never the rest of the path or the query
 * ({@link Builder#revealEndpointPath(boolean)} shows the whole path, for debugging). Logging goes to
 * {@link System.Logger} {@code dev.leadkit.client.LeadClient}: attempts, statuses and timings at DEBUG, never a
 * body. A {@link SendListener} hears every attempt, retry and outcome, to count and time sends.
 *
 * <p>Immutable and thread-safe: build one per receiver and share it. It holds one {@link HttpClient} and its own
 * threads, which {@link #close()} ends. The {@code HttpClient}'s threads are the JDK's: {@link #close()} shuts
 * them down on JDK 21 and later; on JDK 17 its worker threads end after a minute idle and its selector thread
 * once the client is no longer referenced.
 */
public final class LeadClient implements AutoCloseable {
    // Longer than the house ~300 lines: the fixed name LeadClient.Builder must be nested here, and its Javadoc
    // is most of the file. A send runs in Delivery (attempts and retries) and Exchange (one attempt).

    /** Default connect timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default whole-exchange deadline of one attempt: 30 s. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
    /** Default number of leads in flight at once through {@link #sendAsync} and {@link #sendAll}: {@value}. */
    public static final int DEFAULT_MAX_CONCURRENCY = 8;
    /** The longest {@link #close()} blocks: 5 s. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    /** The product token of the {@code User-Agent}: {@value}. */
    public static final String USER_AGENT_PRODUCT = "leadkit";
    /** The {@code User-Agent} sent with every request: {@code leadkit/<version>}. */
    public static final String USER_AGENT = USER_AGENT_PRODUCT + "/" + Version.VALUE;

    private static final System.Logger LOG = System.getLogger(LeadClient.class.getName());

    private final Settings settings;
    private final SendPool pool;
    private final HttpClient http;
    private final Delivery delivery;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LeadClient(Settings settings) {
        this.settings = settings;
        this.pool = new SendPool(settings.maxConcurrency());
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout().compareTo(settings.attemptTimeout()) < 0
                        ? settings.connectTimeout() : settings.attemptTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain http: HTTP/1.1, or the JDK sends an h2c Upgrade with every POST. https: h2 via ALPN.
                .version(settings.endpoint().isHttps() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        if (settings.sslContext() != null) {
            http.sslContext(settings.sslContext());
        }
        this.http = settings.seams().http().apply(http);
        this.delivery = new Delivery(settings, this.http, pool.timer);
    }

    /**
     * Starts a client configuration with the defaults; only the endpoint must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this client's settings, to build a variant (a new client, with its own threads).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(settings);
    }

    /**
     * Delivers one lead, on the calling thread, retrying as the {@link RetryPolicy} allows. Blocks for at most
     * about the policy's {@linkplain RetryPolicy#callTimeout() call budget}. Not counted against the concurrency
     * limit.
     *
     * @param lead the lead
     * @return the receiver's 2xx answer
     * @throws LeadRejectedException if the receiver refused the lead for its content (400, 413, 422)
     * @throws LeadInvalidException if a {@linkplain Builder#validator validator} is set and the lead fails it
     * @throws DeliveryFailedException if the lead was not delivered for any other reason, the endpoint's refusal
     *     included; {@link #close()} ends the send with {@link DeliveryFailedException.Reason#CLOSED}; an
     *     interrupt ends it with {@link DeliveryFailedException.Reason#INTERRUPTED} and the thread's interrupt
     *     flag set
     * @throws IllegalStateException if the client is closed
     */
    public SendResult send(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        ensureOpen();
        return delivery.deliver(delivery.newCall(), lead, null);
    }

    /**
     * Posts a JSON body exactly as given, on the calling thread, with the same retries, deadlines, result and
     * exceptions as {@link #send(Lead)}: for testing a receiver with payloads that are not leads, or not quite
     * (malformed JSON, wrong types, hostile sizes), or for forwarding a lead byte for byte. No pre-send
     * {@linkplain Builder#validator validation} runs, and the {@linkplain Builder#naming naming} does not apply.
     * A refusal's {@linkplain LeadClientException#bodyExcerpt() body excerpt} holds the receiver's explanation
     * (with the names, e-mail and phone redacted when the body reads as a lead).
     *
     * @param json the request body, sent with {@code Content-Type: application/json; charset=utf-8}; copied, so
     *     later changes to the array do not reach a retry
     * @return the receiver's 2xx answer
     * @throws LeadRejectedException if the receiver refused the body for its content (400, 413, 422)
     * @throws DeliveryFailedException if the body was not delivered for any other reason
     * @throws IllegalStateException if the client is closed
     */
    public SendResult sendJson(byte[] json) {
        byte[] body = Objects.requireNonNull(json, "json").clone();
        ensureOpen();
        Lead lead;
        try {
            lead = LeadJson.defaults().read(body);
        } catch (LeadParseException e) {
            lead = null; // not a lead: only the endpoint's secrets are redacted from excerpts
        }
        return delivery.deliver(delivery.newCall(), lead, body);
    }

    /**
     * Delivers one lead on the client's threads. At most {@code maxConcurrency} sends run at once; the rest
     * wait in order. Cancelling the future stops the send.
     *
     * @param lead the lead
     * @return the future result; it completes exactly once, with a {@link SendResult}, a
     *     {@link LeadClientException} (an unexpected exception becomes one, reason
     *     {@link DeliveryFailedException.Reason#UNEXPECTED}) or a cancellation
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<SendResult> sendAsync(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        ensureOpen();
        return pool.submit(lead, delivery);
    }

    /**
     * Delivers a batch, at most {@code maxConcurrency} at once, and waits for all of them. Returns exactly one
     * outcome per lead, in input order, whatever happens (an unexpected exception is a
     * {@link DeliveryFailedException.Reason#UNEXPECTED} failure of that lead alone); a lead that was not
     * delivered comes back as {@link SendOutcome.Failed} with its reason, never dropped. If the calling thread is
     * interrupted, the leads not yet delivered fail with {@link DeliveryFailedException.Reason#INTERRUPTED}, the
     * outcomes are still returned in full, and the thread's interrupt flag is set.
     *
     * @param leads the leads; none may be null
     * @return the outcomes, one per lead, in the order of the collection's iterator
     * @throws NullPointerException if a lead is null (nothing is sent)
     * @throws IllegalStateException if the client is closed
     */
    public List<SendOutcome> sendAll(Collection<Lead> leads) {
        List<Lead> batch = new ArrayList<>(Objects.requireNonNull(leads, "leads"));
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) == null) {
                throw new NullPointerException("leads[" + i + "] must not be null");
            }
        }
        ensureOpen();
        return pool.sendAll(batch, delivery);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("client is closed: " + this);
        }
    }

    /**
     * Closes the client. Every send not yet delivered fails with {@link DeliveryFailedException.Reason#CLOSED},
     * synchronous ones included: a send in an exchange or in a wait between attempts is interrupted at once, one
     * about to start an attempt stops first, a queued one is never sent ({@code attempts() == 0}). Then the
     * client's own threads end (on JDK 21 and later its {@code HttpClient} is shut down too). Returns within
     * {@link #CLOSE_TIMEOUT}, usually within milliseconds; does not wait for the failed sends' callers.
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long end = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        delivery.close();
        pool.close(end - System.nanoTime());
        try { // HttpClient.shutdownNow and awaitTermination exist from JDK 21; the baseline is 17
            HttpClient.class.getMethod("shutdownNow").invoke(http);
            HttpClient.class.getMethod("awaitTermination", Duration.class)
                    .invoke(http, Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        } catch (NoSuchMethodException e) {
            // JDK 17: the HttpClient ends when it is no longer referenced
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "shutting the HttpClient down failed: " + e);
        }
    }

    @Override
    public String toString() {
        RetryPolicy policy = settings.retryPolicy();
        return "LeadClient[endpoint=" + settings.endpoint().masked() + ", attemptTimeout="
                + settings.attemptTimeout() + ", maxAttempts=" + policy.maxAttempts() + ", callTimeout="
                + policy.callTimeout() + ", maxConcurrency=" + settings.maxConcurrency()
                + (closed.get() ? ", closed" : "") + "]";
    }

    HttpClient httpClient() {
        return http;
    }

    String threadNamePrefix() {
        return pool.prefix;
    }

    /** Deadlines armed on the client's timer right now: 0 whenever no attempt runs. */
    int armedDeadlines() {
        return pool.timer.getQueue().size() - 1; // the timer's own once-a-second no-op
    }

    /**
     * Configures a {@link LeadClient}. Not thread-safe; each setter checks its argument at once; {@link #build()}
     * freezes the settings into a new client.
     *
     * <p>Defaults: connect timeout {@link #DEFAULT_CONNECT_TIMEOUT}, whole-exchange deadline per attempt
     * {@link #DEFAULT_ATTEMPT_TIMEOUT}, {@link RetryPolicy#defaults()} ({@value RetryPolicy#DEFAULT_MAX_ATTEMPTS}
     * attempts within a call budget of {@link RetryPolicy#DEFAULT_CALL_TIMEOUT}), concurrency
     * {@value #DEFAULT_MAX_CONCURRENCY}, PascalCase JSON, the JDK's default TLS trust, https only (plain http to
     * loopback hosts), the endpoint masked after its first path segment, no listener, no pre-send validation.
     */
    public static final class Builder {
        private URI endpoint;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private SSLContext sslContext;
        private LeadJson.Naming naming = LeadJson.Naming.PASCAL_CASE;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private boolean allowInsecurePlainHttp;
        private boolean revealEndpointPath;
        private SendListener listener = SendListener.NONE;
        private Object validator;
        private Settings.Seams seams = Settings.Seams.SYSTEM;

        private Builder() {
        }

        private Builder(Settings s) {
            endpoint = s.endpoint().uri();
            connectTimeout = s.connectTimeout();
            attemptTimeout = s.attemptTimeout();
            retryPolicy = s.retryPolicy();
            sslContext = s.sslContext();
            naming = s.naming();
            maxConcurrency = s.maxConcurrency();
            allowInsecurePlainHttp = s.allowInsecurePlainHttp();
            revealEndpointPath = s.revealEndpointPath();
            listener = s.listener();
            validator = s.validator();
            seams = s.seams();
        }

        /**
         * Sets the receiver's URL. Required. Must be https, except plain http to a loopback host
         * ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}) or with {@link #allowInsecurePlainHttp(boolean)}.
         * Its query and its path after the first segment (where webhooks keep their secret) are kept out of
         * every message and log line.
         *
         * @param endpoint an absolute http or https URL without user info or fragment; checked by {@link #build()}
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * Sets how long connecting may take (capped at the {@linkplain #attemptTimeout(Duration) attempt's
         * deadline}).
         *
         * @param connectTimeout more than zero; default {@link #DEFAULT_CONNECT_TIMEOUT}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the deadline of one attempt, the whole exchange: connect, send, headers and body. A receiver that
         * sends headers and then stalls the body is cut off at this deadline too. The policy's
         * {@linkplain RetryPolicy#callTimeout() call budget} may cut it shorter.
         *
         * @param attemptTimeout more than zero; default {@link #DEFAULT_ATTEMPT_TIMEOUT}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
            return this;
        }

        /**
         * Sets how often, when and for how long a send tries: attempts, waits, and the whole-call budget.
         *
         * @param retryPolicy the policy; default {@link RetryPolicy#defaults()}
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Sets the TLS context, for example one that trusts a test certificate or a private CA. There is no
         * option to trust every certificate.
         *
         * @param sslContext the context, or null for the JDK's default
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /**
         * Sets the spelling of the JSON keys sent.
         *
         * @param naming {@link LeadJson.Naming#PASCAL_CASE} (the documented schema, default) or
         *     {@link LeadJson.Naming#CAMEL_CASE} (what Microsoft sends in practice)
         * @return this builder
         */
        public Builder naming(LeadJson.Naming naming) {
            this.naming = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * Sets how many leads {@link #sendAsync} and {@link #sendAll} keep in flight at once.
         *
         * @param maxConcurrency 1 to 256; default {@value #DEFAULT_MAX_CONCURRENCY}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1 || maxConcurrency > 256) {
                throw new IllegalArgumentException("maxConcurrency must be between 1 and 256: " + maxConcurrency);
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * INSECURE: accepts a plain {@code http://} endpoint on any host, so leads (personal data) and the URL's
         * secret cross the network unencrypted. Only for a receiver on a trusted network; a warning is logged
         * when such a client is built.
         *
         * @param allow true to accept plain http to hosts that are not loopback; default false
         * @return this builder
         */
        public Builder allowInsecurePlainHttp(boolean allow) {
            this.allowInsecurePlainHttp = allow;
            return this;
        }

        /**
         * FOR DEBUGGING: shows the endpoint's whole path in messages, log lines and {@code toString()}, rather
         * than its first segment only. Webhook URLs often carry their secret in the path (Zapier, Slack, Teams,
         * Discord), which then reaches your logs; the query stays masked either way.
         *
         * @param reveal true to show the whole path; default false
         * @return this builder
         */
        public Builder revealEndpointPath(boolean reveal) {
            this.revealEndpointPath = reveal;
            return this;
        }

        /**
         * Sets what hears every attempt, retry and outcome, to count and time sends.
         *
         * @param listener the listener; default {@link SendListener#NONE}
         * @return this builder
         */
        public Builder listener(SendListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Checks every lead before it is sent: a lead whose report is not valid is never sent, and the send fails
         * with {@link LeadInvalidException} (in a batch, that lead's outcome is {@link SendOutcome.Failed}).
         * Needs {@code lead-schema}, an optional dependency of this module, on the class path.
         *
         * @param validator the validator, or null for no check (the default)
         * @return this builder
         */
        public Builder validator(dev.leadkit.schema.LeadValidator validator) {
            this.validator = validator;
            return this;
        }

        /** Test seam: replaces the clock, sleeper, ticker or {@code HttpClient} factory. */
        Builder seams(UnaryOperator<Settings.Seams> change) {
            seams = change.apply(seams);
            return this;
        }

        /**
         * Builds the client: checks the endpoint and creates its {@code HttpClient}; the client's own threads
         * start when first needed.
         *
         * @return the immutable, thread-safe client; close it
         * @throws IllegalStateException if no endpoint was set
         * @throws IllegalArgumentException if the endpoint is not acceptable (the message shows it masked)
         */
        public LeadClient build() {
            if (endpoint == null) {
                throw new IllegalStateException("endpoint must be set");
            }
            Endpoint checked = Endpoint.of(endpoint, allowInsecurePlainHttp, revealEndpointPath);
            if (!checked.isHttps() && !Endpoint.isLoopback(endpoint.getHost())) {
                LOG.log(System.Logger.Level.WARNING, "INSECURE: plain http to " + checked.masked()
                        + " (allowInsecurePlainHttp): leads and the URL's secret travel unencrypted");
            }
            return new LeadClient(new Settings(checked, connectTimeout, attemptTimeout, retryPolicy, sslContext,
                    naming, maxConcurrency, allowInsecurePlainHttp, revealEndpointPath, listener, validator, seams));
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be > 0: " + d);
            }
            return d;
        }
    }
}
