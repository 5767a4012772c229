package dev.leadkit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.internal.Text;
import dev.leadkit.receiver.LeadReceiver;
import dev.leadkit.receiver.Reception;
import dev.leadkit.schema.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A lead endpoint on the JDK's HTTP server: POSTs on {@code /} go through a {@link LeadReceiver}; an accepted lead
 * is appended to the {@link LeadStore}, on the disk, before its 202 is sent. One log line per request, without the
 * query (it holds the token) or anything from the body but pointers and codes.
 *
 * <p>{@link #close()} stops gracefully: new requests get 503, requests in progress finish (up to
 * {@link #DRAIN_SECONDS}), then the listener, the threads and the file close. Thread-safe.
 */
final class LeadServer implements AutoCloseable {
    /** How long {@link #close()} lets requests in progress finish. */
    static final int DRAIN_SECONDS = 5;
    private static final int THREADS = 16;
    private static final int BACKLOG = 1024;
    /** How much of an oversized body is read and dropped so the sender sees the 413 rather than a reset. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;
    private static final String PROBLEM = "tag:leadkit.dev,2026:problem/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final LeadReceiver receiver;
    private final LeadStore store;
    private final LeadJson storedForm = LeadJson.defaults();
    private final Consumer<String> log;
    private final URI uri;
    private final Gate gate = new Gate();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private LeadServer(HttpServer server, ExecutorService executor, LeadReceiver receiver, LeadStore store,
            Consumer<String> log) {
        this.server = server;
        this.executor = executor;
        this.receiver = receiver;
        this.store = store;
        this.log = log;
        InetSocketAddress address = server.getAddress();
        try {
            this.uri = new URI(server instanceof HttpsServer ? "https" : "http", null,
                    address.getAddress().getHostAddress(), address.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("an address always makes a URI: " + address, e);
        }
    }

    /**
     * Starts listening.
     *
     * @param address where; port 0 picks a free port
     * @param tls the server TLS context for https, or null for plain http
     * @param store where accepted leads go; closed with the server
     * @param log takes each log line, from the server's threads
     * @throws IOException if the address cannot be bound
     */
    static LeadServer start(InetSocketAddress address, SSLContext tls, LeadReceiver receiver, LeadStore store,
            Consumer<String> log) throws IOException {
        // The JDK's server writes the headers and the body of an answer separately; with Nagle's algorithm on, the
        // body then waits for the client's delayed ACK, some 40 ms per request. Read once, when the server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server;
        if (tls == null) {
            server = HttpServer.create(address, BACKLOG);
        } else {
            HttpsServer https = HttpsServer.create(address, BACKLOG);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "lead-serve-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LeadServer lead = new LeadServer(server, executor, receiver, store, log);
        server.createContext("/", lead::handle);
        server.setExecutor(executor);
        server.start();
        return lead;
    }

    /** The URL leads are posted to, without the token: {@code http://127.0.0.1:8080/}. */
    URI uri() {
        return uri;
    }

    LeadStore store() {
        return store;
    }

    private void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        try (exchange) {
            if (!gate.enter()) {
                exchange.getResponseHeaders().set("Connection", "close");
                answer(exchange, start, 0, problem(503, "unavailable", "Service Unavailable",
                        "the endpoint is shutting down; send the lead again later"));
                return;
            }
            try {
                serve(exchange, start);
            } finally {
                gate.exit();
            }
        } catch (IOException | RuntimeException e) {
            log.accept(Instant.now() + " " + method(exchange) + " failed after " + millis(start) + "ms: "
                    + e.getClass().getSimpleName());
        }
    }

    private void serve(HttpExchange exchange, long start) throws IOException {
        if (!exchange.getRequestURI().getRawPath().equals("/")) {
            answer(exchange, start, 0, problem(404, "not-found", "Not Found", "leads are taken by POST on /"));
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            answer(exchange, start, 0, problem(405, "method-not-allowed", "Method Not Allowed",
                    "leads are taken by POST on /"));
            return;
        }
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes(receiver.maxBodyBytes() + 1);
        Reception reception = receiver.receive(body, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestURI());
        if (reception.status() == 413) {
            drain(in);
        }
        if (reception instanceof Reception.Accepted accepted) {
            try {
                store.append(storedForm.writeBytes(accepted.lead()));
            } catch (IOException e) {
                reception = problem(500, "not-stored", "Internal Server Error",
                        "the lead could not be stored; send it again later");
                log.accept(Instant.now() + " storing a lead in " + store.file() + " failed: " + e);
            }
        }
        answer(exchange, start, body.length, reception);
    }

    private void answer(HttpExchange exchange, long start, int bytesIn, Reception reception) throws IOException {
        byte[] body = reception.body();
        exchange.getResponseHeaders().set("Content-Type", reception.contentType());
        exchange.sendResponseHeaders(reception.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        StringBuilder line = new StringBuilder().append(Instant.now()).append(' ').append(method(exchange))
                .append(' ').append(reception.status()).append(' ').append(bytesIn).append("B ")
                .append(millis(start)).append("ms");
        if (reception instanceof Reception.Rejected rejected) {
            line.append(' ').append(rejected.type().substring(rejected.type().lastIndexOf('/') + 1));
            for (Violation v : rejected.errors()) {
                line.append(' ').append(Text.pointer(v.pointer())).append(" [").append(v.code()).append(']');
            }
        } else if (reception instanceof Reception.Accepted accepted && !accepted.report().isValid()) {
            line.append(" stored with");
            for (Violation v : accepted.report().violations()) {
                line.append(' ').append(Text.pointer(v.pointer())).append(" [").append(v.code()).append(']');
            }
        }
        log.accept(line.toString());
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        for (int n; drained < DRAIN_LIMIT && (n = in.read(buffer)) > 0; ) {
            drained += n;
        }
    }

    private static Reception.Rejected problem(int status, String type, String title, String detail) {
        return new Reception.Rejected(status, PROBLEM + type, title, detail, List.of());
    }

    /** The request method, quoted unless it is a plain token: it comes from the network. */
    private static String method(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        return method.matches("[A-Z]{1,16}") ? method : Text.quote(method);
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Blocks until the server is closed, by {@link #close()} on another thread.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops: lets requests in progress finish, then closes the listener, the threads and the file. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosedQuietly();
            return;
        }
        boolean interrupted = false;
        try {
            gate.closeAndAwait(TimeUnit.SECONDS.toNanos(DRAIN_SECONDS));
        } catch (InterruptedException e) {
            interrupted = true;
        }
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        try {
            store.close();
        } catch (IOException e) {
            log.accept(Instant.now() + " closing " + store.file() + " failed: " + e);
        }
        closed.countDown();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitClosedQuietly() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts requests in progress; once closed, lets none in and waits for the rest to leave. */
    private static final class Gate {
        private int inside;
        private boolean closed;

        synchronized boolean enter() {
            if (closed) {
                return false;
            }
            inside++;
            return true;
        }

        synchronized void exit() {
            if (--inside == 0) {
                notifyAll();
            }
        }

        synchronized void closeAndAwait(long nanos) throws InterruptedException {
            closed = true;
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; inside > 0 && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
