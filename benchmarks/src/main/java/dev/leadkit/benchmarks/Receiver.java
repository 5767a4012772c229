package dev.leadkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A loopback lead receiver on the JDK's {@code HttpServer}: reads each request body, answers 202 with no body, and
 * counts requests, requests whose body differs from the expected one, and connections (distinct client ports).
 * Thread-safe.
 */
public final class Receiver implements AutoCloseable {
    /** The request path. */
    public static final String PATH = "/leads";

    private final HttpServer server;
    private final ExecutorService handlers;
    private final byte[] expectedBody;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final LongAdder requests = new LongAdder();
    private final LongAdder wrongBodies = new LongAdder();
    private final AtomicReference<Map<String, List<String>>> firstHeaders = new AtomicReference<>();

    private Receiver(byte[] expectedBody) throws IOException {
        this.expectedBody = expectedBody.clone();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        handlers = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "receiver");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handlers);
        server.createContext(PATH, this::handle);
        server.start();
    }

    /**
     * Starts a receiver on 127.0.0.1, port 0.
     *
     * @param expectedBody the body every request should carry
     * @return the running receiver
     */
    public static Receiver start(byte[] expectedBody) {
        try {
            return new Receiver(expectedBody);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the loopback receiver failed", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            clientPorts.add(exchange.getRemoteAddress().getPort());
            if (firstHeaders.get() == null) {
                firstHeaders.compareAndSet(null, Map.copyOf(exchange.getRequestHeaders()));
            }
            if (!Arrays.equals(body, expectedBody) || !"POST".equals(exchange.getRequestMethod())) {
                wrongBodies.increment();
            }
            requests.increment();
            exchange.sendResponseHeaders(202, -1);
        } finally {
            exchange.close();
        }
    }

    /** The URL to post to. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.sum();
    }

    /** Requests that were not a POST of the expected body. */
    public long wrongRequests() {
        return wrongBodies.sum();
    }

    /** Connections seen so far: distinct client ports (a port reused after a close would count once). */
    public int connections() {
        return clientPorts.size();
    }

    /** The headers of the first request, names as the JDK server normalises them ({@code Content-type}); or null. */
    public Map<String, List<String>> firstHeaders() {
        return firstHeaders.get();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
