package dev.leadkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A lead receiver for tests, on a real socket: it listens on 127.0.0.1 on a free port, over HTTP or over HTTPS
 * with a test certificate shipped in this module, records every request, and answers with scripted
 * {@link MockResponse}s in order ({@link MockResponse#ACCEPTED}, 202, once the script runs out), or with what a
 * {@link Dispatcher} chooses for each request.
 *
 * <pre>{@code
 * try (MockLeadEndpoint endpoint = MockLeadEndpoint.startHttps()) {
 *     endpoint.enqueue(MockResponse.of(503), MockResponse.of(202));
 *     // point the code under test at endpoint.uri("/invoke?sig=secret"), trusting endpoint.sslContext()
 *     RecordedRequest first = endpoint.takeRequest();
 * }
 * }</pre>
 *
 * <p>A scripted answer belongs to the next well-formed request: the endpoint looks at the next answer when a
 * request starts to arrive (to drop the connection if the script says {@link MockResponse#dropBeforeRequest()}),
 * reads the request in full, records it, and only then takes the answer. Requests are parsed as HTTP/1.1 (HTTPS
 * offers only {@code http/1.1} in ALPN) with bounded line, header and body sizes: a malformed request, or one over
 * a limit, gets 400, 413, 431 or 501 from the endpoint itself and the connection is closed (a request that
 * expects {@code 100 Continue} gets that answer instead, and is never invited to send its body); it is recorded with
 * its {@link RecordedRequest#failure()} and takes no scripted answer. So does a request the client abandons
 * before it is complete, which gets no answer at all. With several clients at once, scripted answers go to
 * requests in the order they were read in full.
 *
 * <p>Delays, throttles and stalls are real: the endpoint's thread blocks, and every such wait ends when the
 * endpoint is closed. Each connection has its own thread, so many clients can be served at once.
 *
 * <p>Thread-safe. Start one per test (or per test class) and close it; closing stops every thread it started.
 */
public final class MockLeadEndpoint implements AutoCloseable {
    /** How long {@link #takeRequest()} waits: 10 seconds. */
    public static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(MockLeadEndpoint.class.getName());

    private final boolean https;
    private final ServerSocket server;
    private final URI uri;
    private final ExecutorService threads;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final QueueDispatcher queue = new QueueDispatcher();
    private volatile Dispatcher dispatcher = queue;
    /** How the endpoint waits; a package-private seam so that tests of throttling need not sleep. */
    volatile Waiter waiter = this::awaitClosing;
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger requestCount = new AtomicInteger();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private MockLeadEndpoint(boolean https) throws IOException {
        this.https = https;
        this.server = new ServerSocket(0, 512, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        this.uri = URI.create((https ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort() + "/");
        AtomicInteger threadNumber = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "MockLeadEndpoint-" + server.getLocalPort() + "-"
                    + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::acceptLoop);
    }

    /**
     * Starts an endpoint over plain HTTP on 127.0.0.1 and a free port.
     *
     * @return the running endpoint; close it
     * @throws UncheckedIOException if no port can be bound
     */
    public static MockLeadEndpoint startHttp() {
        return start(false);
    }

    /**
     * Starts an endpoint over HTTPS on 127.0.0.1 and a free port, with the shipped test certificate (valid for
     * {@code localhost} and {@code 127.0.0.1}). Clients trust it through {@link #sslContext()}.
     *
     * @return the running endpoint; close it
     * @throws UncheckedIOException if no port can be bound
     */
    public static MockLeadEndpoint startHttps() {
        TestTls.serverContext(); // fail here, not in a connection thread, if the test identity cannot load
        return start(true);
    }

    private static MockLeadEndpoint start(boolean https) {
        try {
            return new MockLeadEndpoint(https);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mock lead endpoint on 127.0.0.1", e);
        }
    }

    /** {@return the base URI, such as {@code https://127.0.0.1:54321/}} */
    public URI uri() {
        return uri;
    }

    /**
     * A URI on this endpoint.
     *
     * @param pathAndQuery an absolute path with an optional query, such as {@code /invoke?sig=secret}
     * @return the URI
     * @throws IllegalArgumentException if the argument does not start with {@code /} or is not a valid URI part
     */
    public URI uri(String pathAndQuery) {
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        if (!pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) {
            throw new IllegalArgumentException("pathAndQuery must start with a single /: " + pathAndQuery);
        }
        return uri.resolve(pathAndQuery);
    }

    /** {@return whether this endpoint speaks HTTPS} */
    public boolean isHttps() {
        return https;
    }

    /**
     * A TLS context for clients that trusts exactly this module's test certificate and nothing else, so a test
     * can reach an HTTPS endpoint without turning off any check.
     *
     * @return the shared, immutable context
     */
    public SSLContext sslContext() {
        return TestTls.clientContext();
    }

    /**
     * Scripts the next answers, in order, after any already enqueued: each is taken by one well-formed request.
     *
     * @param responses the answers
     * @throws IllegalStateException if a {@link #dispatcher(Dispatcher) dispatcher} of your own answers instead
     */
    public void enqueue(MockResponse... responses) {
        requireQueue("enqueue");
        for (MockResponse response : responses) {
            queue.enqueue(Objects.requireNonNull(response, "response"));
        }
    }

    /**
     * Sets the answer given once the script is used up; initially {@link MockResponse#ACCEPTED}.
     *
     * @param response the answer, such as a slow 202 for load tests
     * @throws IllegalStateException if a {@link #dispatcher(Dispatcher) dispatcher} of your own answers instead
     */
    public void respondByDefault(MockResponse response) {
        requireQueue("respondByDefault");
        queue.respondByDefault(Objects.requireNonNull(response, "response"));
    }

    /**
     * Answers every later request with what the dispatcher chooses, instead of the script: for answers that
     * depend on the request, such as 409 for a lead seen before. Set it before the client sends; after this,
     * {@link #enqueue} and {@link #respondByDefault} are refused, since nothing would read the script.
     *
     * @param dispatcher the dispatcher
     */
    public void dispatcher(Dispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    private void requireQueue(String operation) {
        if (dispatcher != queue) {
            throw new IllegalStateException(operation + " scripts the default dispatcher, but this endpoint "
                    + "answers with its own dispatcher");
        }
    }

    /**
     * Waits up to {@link #DEFAULT_TAKE_TIMEOUT} for the next recorded request.
     *
     * @return the request, oldest first
     * @throws IllegalStateException if none arrives in time, or the thread is interrupted
     */
    public RecordedRequest takeRequest() {
        return takeRequest(DEFAULT_TAKE_TIMEOUT);
    }

    /**
     * Waits for the next recorded request. A request is recorded once it has been read in full, before the
     * answer, or once it failed ({@link RecordedRequest#failure()}); one dropped by the script before it was read
     * is never recorded.
     *
     * @param timeout how long to wait
     * @return the request, oldest first
     * @throws IllegalStateException if none arrives in time, or the thread is interrupted
     */
    public RecordedRequest takeRequest(Duration timeout) {
        try {
            RecordedRequest request = requests.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (request == null) {
                throw new IllegalStateException("no request arrived within " + timeout + " (requests so far: "
                        + requestCount() + ")");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request", e);
        }
    }

    /**
     * How many requests have started to arrive, including those dropped before they were read.
     *
     * @return the count
     */
    public int requestCount() {
        return requestCount.get();
    }

    /** {@return how many connections the endpoint has accepted} */
    public int connectionCount() {
        return connectionCount.get();
    }

    /**
     * The most requests that were in progress at once: read in full and not yet answered (or dropped).
     *
     * @return the high-water mark, 0 before the first request
     */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /**
     * Stops the endpoint: ends every delay and stall, closes the listening socket and every connection, and
     * waits (up to 5 seconds) for its threads to end. Idempotent.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closed.countDown();
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "closing the server socket failed: " + e);
        }
        sockets.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "closing a connection failed: " + e);
            }
        });
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "MockLeadEndpoint[" + uri + ", requests=" + requestCount() + (closing.get() ? ", closed" : "") + "]";
    }

    private void acceptLoop() {
        while (!closing.get()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closing.get()) {
                    LOG.log(System.Logger.Level.WARNING, () -> "accept failed, endpoint stops: " + e);
                }
                return;
            }
            sockets.add(socket);
            connectionCount.incrementAndGet();
            try {
                if (closing.get()) { // close() may have run between accept and add: it must not leak
                    throw new RejectedExecutionException("endpoint closed");
                }
                socket.setTcpNoDelay(true);
                threads.execute(new EndpointConnection(this, socket, https));
            } catch (IOException | RejectedExecutionException e) {
                forget(socket);
                try {
                    socket.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
        }
    }

    // Called by EndpointConnection.

    int countRequest() {
        return requestCount.incrementAndGet();
    }

    /** Whether the next answer drops the connection before the request is read; if so, it is taken. */
    boolean dropBeforeRequest() {
        Dispatcher current = dispatcher;
        if (current == queue) {
            return queue.takeDropBeforeRequest();
        }
        return current.peek().disconnect() == MockResponse.Disconnect.BEFORE_REQUEST;
    }

    MockResponse dispatch(RecordedRequest request) {
        return Objects.requireNonNull(dispatcher.dispatch(request), "the dispatcher's response");
    }

    void record(RecordedRequest request) {
        requests.add(request);
    }

    void requestStarted() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    void requestFinished() {
        inFlight.decrementAndGet();
    }

    /** Waits for the duration (null: until closed); returns false if the endpoint closed meanwhile. */
    boolean pause(Duration duration) {
        try {
            return waiter.await(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean awaitClosing(Duration duration) throws InterruptedException {
        if (duration == null) {
            closed.await();
            return false;
        }
        return !closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits for a duration, or until the endpoint closes. */
    @FunctionalInterface
    interface Waiter {
        /** Waits for the duration (null: until closed); returns false if the endpoint closed meanwhile. */
        boolean await(Duration duration) throws InterruptedException;
    }

    void forget(Socket socket) {
        sockets.remove(socket);
    }
}
