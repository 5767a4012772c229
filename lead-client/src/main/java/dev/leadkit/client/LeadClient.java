package dev.leadkit.client;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * A 2xx answer is a {@link SendResult}; anything else is a {@link LeadClientException}: a
 * {@link LeadRejectedException} for a 4xx that says the lead itself was refused, otherwise a
 * {@link DeliveryFailedException}. Retries follow the {@link RetryPolicy}. Redirects are never followed (a 3xx is
 * a {@link DeliveryFailedException.Reason#REDIRECTED} failure): following one could hand the lead to another
 * host or downgrade it to plain http, and a receiver that moved should be reconfigured, not chased.
 *
 * <p>Each attempt has a whole-exchange deadline ({@link Builder#timeout(Duration)}): connecting, sending,
 * waiting for the headers and reading the body, so a receiver that stalls mid-body cannot hold a send longer.
 * The response body is read only up to a few kilobytes, for the excerpt.
 *
 * <p>The endpoint URL is treated as a secret: messages, log lines and {@link #toString()} show its scheme, host,
 * port and path with the query masked. Logging goes to {@link System.Logger} {@code dev.leadkit.client.LeadClient}:
 * attempts, statuses and timings at DEBUG, never a body.
 *
 * <p>Immutable and thread-safe: build one per receiver and share it. It holds one {@link HttpClient} and its own
 * threads; {@link #close()} releases them.
 */
public final class LeadClient implements AutoCloseable {
    // Longer than the house ~300 lines: the fixed name LeadClient.Builder must be nested here, and its Javadoc
    // is most of the file. The work is done by the package-private Delivery, Exchange and SendPool.

    /** Default connect timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default whole-exchange deadline of one attempt: 30 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default number of attempts, the first included: {@value}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Default number of leads in flight at once through {@link #sendAsync} and {@link #sendAll}: {@value}. */
    public static final int DEFAULT_MAX_CONCURRENCY = 8;
    /** The product token of the {@code User-Agent}: {@value}. */
    public static final String USER_AGENT_PRODUCT = "leadkit";
    /** The {@code User-Agent} sent with every request: {@code leadkit/<version>}. */
    public static final String USER_AGENT = USER_AGENT_PRODUCT + "/" + Version.VALUE;

    private final Settings settings;
    private final SendPool pool;
    private final HttpClient http;
    private final Delivery delivery;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LeadClient(Settings settings) {
        this.settings = settings;
        this.pool = new SendPool(settings.maxConcurrency(), this::notSent);
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(min(settings.connectTimeout(), settings.timeout()))
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain http: HTTP/1.1, or the JDK sends an h2c Upgrade with every POST. https: h2 via ALPN.
                .version(settings.endpoint().isHttps() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .executor(pool.httpExecutor());
        if (settings.sslContext() != null) {
            http.sslContext(settings.sslContext());
        }
        this.http = http.build();
        this.delivery = new Delivery(settings, this.http, closed::get);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
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
     * Delivers one lead, on the calling thread, retrying as configured. Blocks for at most about
     * {@code maxAttempts * timeout} plus the waits between attempts. Not counted against the concurrency limit.
     *
     * @param lead the lead
     * @return the receiver's 2xx answer
     * @throws LeadRejectedException if the receiver refused the lead (a 4xx other than 408 and 429)
     * @throws DeliveryFailedException if the lead was not delivered for any other reason; an interrupt ends the
     *     send with {@link DeliveryFailedException.Reason#INTERRUPTED} and the thread's interrupt flag set
     * @throws IllegalStateException if the client is closed
     */
    public SendResult send(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        ensureOpen();
        return delivery.deliver(lead);
    }

    /**
     * Posts a JSON body exactly as given, on the calling thread, with the same retries, deadline, result and
     * exceptions as {@link #send(Lead)}: for testing a receiver with payloads that are not leads, or not quite
     * (malformed JSON, wrong types, hostile sizes), or for forwarding a lead byte for byte. No pre-send
     * {@linkplain Builder#validator validation} runs, and the {@linkplain Builder#naming naming} does not apply.
     * A 4xx answer is a {@link LeadRejectedException} whose {@linkplain LeadClientException#bodyExcerpt() body
     * excerpt} holds the receiver's explanation (with the names, e-mail and phone redacted when the body reads as
     * a lead). Blocks as {@link #send(Lead)} does. Not counted against the concurrency limit.
     *
     * @param json the request body, sent with {@code Content-Type: application/json; charset=utf-8}; copied, so
     *     later changes to the array do not reach a retry
     * @return the receiver's 2xx answer
     * @throws LeadRejectedException if the receiver refused the body (a 4xx other than 408 and 429)
     * @throws DeliveryFailedException if the body was not delivered for any other reason
     * @throws IllegalStateException if the client is closed
     */
    public SendResult sendJson(byte[] json) {
        byte[] body = Objects.requireNonNull(json, "json").clone();
        ensureOpen();
        return delivery.deliverJson(body);
    }

    /**
     * Delivers one lead on the client's threads. At most {@code maxConcurrency} sends run at once; the rest
     * wait in order. The future completes with the result or with the {@link LeadClientException}; cancelling it
     * aborts the send.
     *
     * @param lead the lead
     * @return the future result; never completes with anything but a {@link SendResult}, a
     *     {@link LeadClientException} or a cancellation
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<SendResult> sendAsync(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        ensureOpen();
        return pool.submit(lead, delivery::deliver).future();
    }

    /**
     * Delivers a batch, at most {@code maxConcurrency} at once, and waits for all of them. Returns one outcome per
     * lead, in input order; a lead that was not delivered comes back as {@link SendOutcome.Failed} with its
     * reason, never dropped. If the calling thread is interrupted, the leads not yet delivered fail with
     * {@link DeliveryFailedException.Reason#INTERRUPTED}, the outcomes are still returned in full, and the
     * thread's interrupt flag is set.
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
        return pool.sendAll(batch, delivery::deliver);
    }

    private DeliveryFailedException notSent(Reason reason, String why) {
        return new DeliveryFailedException("lead not delivered to " + settings.endpoint().masked() + ": " + why
                + " before it was sent", null, reason, -1, 0, "", false);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("client is closed: " + this);
        }
    }

    /**
     * Closes the client: sends still running are interrupted and fail with
     * {@link DeliveryFailedException.Reason#CLOSED}, sends still waiting fail the same way without being sent,
     * and the client's threads end (on JDK 21 and later the {@code HttpClient} is closed too). Blocks until then,
     * for at most about 10 seconds. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pool.stopSending();
        if (http instanceof AutoCloseable closeable) { // HttpClient is AutoCloseable from JDK 21
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(LeadClient.class.getName())
                        .log(System.Logger.Level.DEBUG, () -> "closing the HttpClient failed: " + e);
            }
        }
        pool.awaitStopped();
    }

    @Override
    public String toString() {
        return "LeadClient[endpoint=" + settings.endpoint().masked() + ", timeout=" + settings.timeout()
                + ", maxAttempts=" + settings.maxAttempts() + ", maxConcurrency=" + settings.maxConcurrency()
                + (closed.get() ? ", closed" : "") + "]";
    }

    HttpClient httpClient() {
        return http;
    }

    String threadNamePrefix() {
        return pool.prefix();
    }

    /**
     * Configures a {@link LeadClient}. Not thread-safe; {@link #build()} freezes the settings into a new client.
     *
     * <p>Defaults: connect timeout {@link #DEFAULT_CONNECT_TIMEOUT}, whole-exchange deadline per attempt
     * {@link #DEFAULT_TIMEOUT}, {@value #DEFAULT_MAX_ATTEMPTS} attempts, {@link RetryPolicy#defaults()},
     * concurrency {@value #DEFAULT_MAX_CONCURRENCY}, PascalCase JSON, the JDK's default TLS trust, https only
     * (plain http to loopback hosts), no pre-send validation, the system clock and {@link Sleeper#system()}.
     */
    public static final class Builder {
        private URI endpoint;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private SSLContext sslContext;
        private LeadJson.Naming naming = LeadJson.Naming.PASCAL_CASE;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private boolean allowInsecurePlainHttp;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Object validator;

        private Builder() {
        }

        private Builder(Settings s) {
            endpoint = s.endpoint().uri();
            connectTimeout = s.connectTimeout();
            timeout = s.timeout();
            maxAttempts = s.maxAttempts();
            retryPolicy = s.retryPolicy();
            sslContext = s.sslContext();
            naming = s.naming();
            maxConcurrency = s.maxConcurrency();
            allowInsecurePlainHttp = s.allowInsecurePlainHttp();
            clock = s.clock();
            sleeper = s.sleeper();
            validator = s.validator();
        }

        /**
         * Sets the receiver's URL. Required. Must be https, except plain http to a loopback host
         * ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}) or with {@link #allowInsecurePlainHttp(boolean)}.
         * Its query (a signature, a key) is kept out of every message and log line.
         *
         * @param endpoint an absolute http or https URL without user info or fragment; checked by {@link #build()}
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * Sets how long connecting may take (capped at the {@linkplain #timeout(Duration) deadline}).
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
         * sends headers and then stalls the body is cut off at this deadline too.
         *
         * @param timeout more than zero; default {@link #DEFAULT_TIMEOUT}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets how many attempts a send makes at most, the first included; 1 turns retries off.
         *
         * @param maxAttempts 1 or more; default {@value #DEFAULT_MAX_ATTEMPTS}
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets what is retried and how long to wait in between.
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
         * Sets the clock that turns a {@code Retry-After} date into a wait. For tests.
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets what waits between attempts. For tests, so that retries take no real time.
         *
         * @param sleeper the sleeper; default {@link Sleeper#system()}
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
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

        /**
         * Builds the client: checks the endpoint and creates its {@code HttpClient}; the client's own send threads
         * start with the first asynchronous send.
         *
         * @return the immutable, thread-safe client; close it
         * @throws IllegalStateException if no endpoint was set
         * @throws IllegalArgumentException if the endpoint is not acceptable (the message shows it masked)
         */
        public LeadClient build() {
            if (endpoint == null) {
                throw new IllegalStateException("endpoint must be set");
            }
            Endpoint checked = Endpoint.of(endpoint, allowInsecurePlainHttp);
            if (!checked.isHttps() && !Endpoint.isLoopback(endpoint.getHost())) {
                System.getLogger(LeadClient.class.getName()).log(System.Logger.Level.WARNING,
                        "INSECURE: plain http to " + checked.masked() + " (allowInsecurePlainHttp): leads and the "
                                + "URL's secret travel unencrypted");
            }
            return new LeadClient(new Settings(checked, connectTimeout, timeout, maxAttempts, retryPolicy,
                    sslContext, naming, maxConcurrency, allowInsecurePlainHttp, clock, sleeper,
                    LeadJson.builder().naming(naming).build(), validator));
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
