package dev.leadkit.receiver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * A lead endpoint you can expose to the internet: a {@link LeadReceiver} and a {@link LeadSink} behind an HTTP or
 * HTTPS server (Jetty), started in three lines:
 *
 * <pre>{@code
 * LeadEndpoint endpoint = LeadEndpoint.builder(JsonLinesSink.open(Path.of("leads.jsonl")))
 *         .receiver(LeadReceiver.builder().token(secret).build())
 *         .port(8443).tls(sslContext).start();
 * }</pre>
 *
 * <p>What it answers: POST on the lead path ({@value #DEFAULT_PATH} by default) as the receiver decides, an accepted
 * lead only after {@link LeadSink#store} returned (202), 503 {@link #NOT_STORED} if it threw; GET
 * {@value #HEALTH_PATH} 200 {@code {"status":"UP","acceptingLeads":true}} while the sink takes leads, else 503 with
 * {@code DOWN}; 404 and 405 otherwise. Problem bodies never hold a value from the request.
 *
 * <p>What it withstands: the token, the {@code Content-Type} and a declared {@code Content-Length} over the limit
 * are answered (401, 415, 413) before a byte of the body is read, and the connection closed. No thread waits on a
 * slow client: headers must be complete within {@link Builder#headerTimeout}, a body within
 * {@link Builder#requestTimeout} (else 408 and the connection is closed), a silent connection is closed after
 * {@link Builder#idleTimeout}, and at most {@link Builder#maxConnections} are open at once (more wait in the
 * operating system's accept queue). Nothing here sets a system property.
 *
 * <p>Failure semantics for a lead: a 202 means the sink stored it; any other answer, or none (the connection
 * broke), means it may not be stored and the sender should send it again (Microsoft retries). A lead is never
 * acknowledged twice for one request, but a retried lead may be stored twice: de-duplicate downstream if needed.
 *
 * <p>{@link #close()} is graceful: new leads get 503, leads in progress finish (up to {@link Builder#drainTimeout}),
 * then the server and the sink close. Thread-safe.
 */
public final class LeadEndpoint implements AutoCloseable {
    /** The default lead path: {@value}. */
    public static final String DEFAULT_PATH = "/";
    /** The health path, answered to GET and HEAD: {@value}. */
    public static final String HEALTH_PATH = "/health";
    /** Default {@link Builder#headerTimeout}: 10 s. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@link Builder#requestTimeout}: 20 s. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Default {@link Builder#idleTimeout}: 30 s. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Default {@link Builder#drainTimeout}: 10 s. */
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);
    /** Default {@link Builder#maxConnections}: {@value}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    /** Default {@link Builder#maxThreads}: {@value}. */
    public static final int DEFAULT_MAX_THREADS = 200;

    private static final String PROBLEM = "tag:leadkit.dev,2026:problem/";
    /** Problem type of a path other than the lead path (404). */
    public static final String NOT_FOUND = PROBLEM + "not-found";
    /** Problem type of a method other than POST on the lead path (405). */
    public static final String METHOD_NOT_ALLOWED = PROBLEM + "method-not-allowed";
    /** Problem type of a body that did not arrive within the request timeout (408). */
    public static final String TIMEOUT = PROBLEM + "timeout";
    /** Problem type of a lead that arrived while the endpoint shuts down (503). */
    public static final String UNAVAILABLE = PROBLEM + "unavailable";
    /** Problem type of an accepted lead the sink could not store (503). */
    public static final String NOT_STORED = PROBLEM + "not-stored";

    private final Server server;
    private final LeadHandler handler;
    private final LeadSink sink;
    private final URI uri;
    private final long drainNanos;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private LeadEndpoint(Server server, LeadHandler handler, LeadSink sink, URI uri, Duration drain) {
        this.server = server;
        this.handler = handler;
        this.sink = sink;
        this.uri = uri;
        this.drainNanos = drain.toNanos();
    }

    /**
     * Starts a builder for an endpoint that stores accepted leads in this sink. The endpoint owns the sink from
     * {@link Builder#start()} on, and closes it on {@link #close()} if it is {@link AutoCloseable}.
     *
     * @param sink where accepted leads go
     * @return a new builder with the defaults
     */
    public static Builder builder(LeadSink sink) {
        return new Builder(sink);
    }

    /**
     * The URL leads are posted to, without a token: {@code http://127.0.0.1:8080/}.
     *
     * @return the URI, with the actual port when port 0 was asked for
     */
    public URI uri() {
        return uri;
    }

    /**
     * Whether leads are taken now: not closing, and the sink {@link LeadSink#isAccepting() accepting}. What the
     * health path reports.
     *
     * @return true while a lead can get its 202
     */
    public boolean isAccepting() {
        return !closing.get() && sink.isAccepting();
    }

    /**
     * Blocks until the endpoint is closed, by {@link #close()} on another thread.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops gracefully: new leads get 503, leads in progress finish (up to the drain timeout), then the server
     * stops and the sink is closed. Idempotent; a second call waits for the first.
     *
     * @throws UncheckedIOException if closing the sink failed
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        boolean interrupted = false;
        try {
            handler.gate().closeAndAwait(drainNanos);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            server.stop();
        } catch (Exception e) {
            // Jetty's stop throws only what its components threw; the sink must close regardless
            interrupted |= e instanceof InterruptedException;
        }
        try {
            if (sink instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("closing the lead sink failed", e);
        } catch (Exception e) {
            throw new IllegalStateException("closing the lead sink failed", e);
        } finally {
            closed.countDown();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "LeadEndpoint[" + uri + (isAccepting() ? "" : ", not accepting") + "]";
    }

    /**
     * Hears what the endpoint answered, for a log line or a meter. Called on the server's threads: be quick. An
     * exception it throws is dropped: the answer goes out as decided.
     */
    public interface Listener {
        /**
         * Called once per answer on the lead path or elsewhere, except the health path.
         *
         * @param method the request method as sent (untrusted text: quote it before logging)
         * @param reception what was answered; an {@link Reception.Accepted} holds the stored lead
         * @param bodyBytes how many body bytes were read
         * @param elapsed from the headers to the answer
         */
        void answered(String method, Reception reception, long bodyBytes, Duration elapsed);

        /**
         * Called when the sink failed to store an accepted lead, before its 503.
         *
         * @param failure what the sink threw, or failed its stage with
         */
        default void storeFailed(Exception failure) {
        }
    }

    /**
     * Configures a {@link LeadEndpoint}. Defaults: {@link LeadReceiver#defaults()}, loopback address, port 0 (any
     * free port), plain HTTP, the timeouts and limits in the {@code DEFAULT_} constants. Not thread-safe.
     */
    public static final class Builder {
        private final LeadSink sink;
        private LeadReceiver receiver = LeadReceiver.defaults();
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private SSLContext tls;
        private String path = DEFAULT_PATH;
        private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration drainTimeout = DEFAULT_DRAIN_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxThreads = DEFAULT_MAX_THREADS;
        private Listener listener = (method, reception, bytes, elapsed) -> { };

        private Builder(LeadSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /**
         * Sets the receiver that decides about each request (token, type, size, rules).
         *
         * @param receiver the receiver; default {@link LeadReceiver#defaults()}
         * @return this builder
         */
        public Builder receiver(LeadReceiver receiver) {
            this.receiver = Objects.requireNonNull(receiver, "receiver");
            return this;
        }

        /**
         * Sets the address to listen on.
         *
         * @param address the address; default the loopback address (this machine only)
         * @return this builder
         */
        public Builder bind(InetAddress address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Sets the port.
         *
         * @param port 0 to 65535; 0 (the default) picks a free one, see {@link LeadEndpoint#uri()}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Serves HTTPS with this context's key and certificate.
         *
         * @param context the server context; null for plain HTTP (the default)
         * @return this builder
         */
        public Builder tls(SSLContext context) {
            this.tls = context;
            return this;
        }

        /**
         * Sets the path leads are posted to.
         *
         * @param path starts with {@code /}, not {@value LeadEndpoint#HEALTH_PATH}; default {@value
         *     LeadEndpoint#DEFAULT_PATH}
         * @return this builder
         * @throws IllegalArgumentException if the path does not start with {@code /} or is the health path
         */
        public Builder path(String path) {
            if (!Objects.requireNonNull(path, "path").startsWith("/") || path.equals(HEALTH_PATH)) {
                throw new IllegalArgumentException("path must start with / and not be " + HEALTH_PATH + ": "
                        + path);
            }
            this.path = path;
            return this;
        }

        /**
         * Sets how long a connection may take to send complete request headers, from its opening (TLS handshake
         * included); after that it is closed.
         *
         * @param timeout positive; default {@link LeadEndpoint#DEFAULT_HEADER_TIMEOUT}
         * @return this builder
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = positive(timeout, "headerTimeout");
            return this;
        }

        /**
         * Sets the per-request deadline: from complete headers to the last byte of the body; a body that is
         * not complete by then is answered 408 and the connection closed. Storing a lead is never cut short.
         *
         * @param timeout positive; default {@link LeadEndpoint#DEFAULT_REQUEST_TIMEOUT}
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Sets how long a connection may stay silent, and how long a kept-alive connection may take to send its
         * next request's headers.
         *
         * @param timeout positive; default {@link LeadEndpoint#DEFAULT_IDLE_TIMEOUT}
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /**
         * Sets how long {@link LeadEndpoint#close()} lets leads in progress finish.
         *
         * @param timeout zero or positive; default {@link LeadEndpoint#DEFAULT_DRAIN_TIMEOUT}
         * @return this builder
         */
        public Builder drainTimeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
                throw new IllegalArgumentException("drainTimeout must not be negative: " + timeout);
            }
            this.drainTimeout = timeout;
            return this;
        }

        /**
         * Sets how many connections may be open at once; further clients wait to be accepted.
         *
         * @param max at least 1; default {@value LeadEndpoint#DEFAULT_MAX_CONNECTIONS}
         * @return this builder
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be >= 1: " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * Sets the server's thread pool size: the most leads stored at once, plus the threads Jetty needs.
         *
         * @param max at least 8; default {@value LeadEndpoint#DEFAULT_MAX_THREADS}
         * @return this builder
         */
        public Builder maxThreads(int max) {
            if (max < 8) {
                throw new IllegalArgumentException("maxThreads must be >= 8: " + max);
            }
            this.maxThreads = max;
            return this;
        }

        /**
         * Sets who hears about every answer.
         *
         * @param listener the listener; default none
         * @return this builder
         */
        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Starts the endpoint: it listens when this returns.
         *
         * @return the running endpoint
         * @throws IOException if the address cannot be listened on (the port is taken, say); the sink is left open
         */
        public LeadEndpoint start() throws IOException {
            QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
            threads.setName("lead-endpoint");
            threads.setDaemon(true);
            ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("lead-endpoint-deadlines", true);
            Server server = new Server(threads, scheduler, null);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setIdleTimeout(idleTimeout.toMillis());
            HttpConnectionFactory httpFactory = new HttpConnectionFactory(http);
            ServerConnector connector;
            if (tls == null) {
                connector = new ServerConnector(server, httpFactory);
            } else {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setSslContext(tls);
                connector = new ServerConnector(server, new SslConnectionFactory(ssl, httpFactory.getProtocol()),
                        httpFactory);
            }
            connector.setHost(bind.getHostAddress());
            connector.setPort(port);
            connector.setIdleTimeout(idleTimeout.toMillis());
            HeaderDeadlines deadlines = new HeaderDeadlines(scheduler, headerTimeout.toMillis(),
                    idleTimeout.toMillis());
            connector.addEventListener(deadlines);
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(maxConnections, connector));
            LeadHandler handler = new LeadHandler(receiver, sink, path, requestTimeout, scheduler, deadlines,
                    listener);
            server.setHandler(handler);
            server.setErrorHandler(new ProblemErrorHandler());
            try {
                server.start();
            } catch (Exception e) {
                try {
                    server.stop();
                } catch (Exception stop) {
                    e.addSuppressed(stop);
                }
                if (e instanceof IOException io) {
                    throw io;
                }
                throw new IOException("the endpoint did not start", e);
            }
            String host = bind.getHostAddress();
            URI uri = URI.create((tls == null ? "http" : "https") + "://"
                    + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + connector.getLocalPort() + path);
            return new LeadEndpoint(server, handler, sink, uri, drainTimeout);
        }

        private static Duration positive(Duration d, String name) {
            if (Objects.requireNonNull(d, name).isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
