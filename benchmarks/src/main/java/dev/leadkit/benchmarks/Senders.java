package dev.leadkit.benchmarks;

import dev.leadkit.client.LeadClient;
import dev.leadkit.client.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The two ways to post a lead that measurement 6 compares, configured alike: HTTP/1.1, no redirects, same timeouts. */
public final class Senders {
    private Senders() {
    }

    /**
     * leadkit's client with its defaults but one: a connection lost before the answer is retried at once, as
     * {@link #bareSend} does. The JDK's server now and then closes a pooled connection the JDK's client then
     * posts on ({@code HTTP/1.1 header parser received no bytes}), and one such send used to end a whole JMH fork
     * of either client. Plain http is allowed because the receiver is on loopback.
     */
    public static LeadClient leadClient(URI endpoint) {
        return LeadClient.builder().endpoint(endpoint).retryPolicy(RetryPolicy.defaults().toBuilder()
                .retryWhenDeliveryUncertain(true).initialBackoff(Duration.ofNanos(1)).build()).build();
    }

    /** A bare JDK client set up as {@link LeadClient} sets up its own for plain http. */
    public static HttpClient bareClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(LeadClient.DEFAULT_CONNECT_TIMEOUT)
                .build();
    }

    /** The POST that {@link LeadClient} sends: same body bytes, same headers. */
    public static HttpRequest bareRequest(URI endpoint, byte[] body) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(LeadClient.DEFAULT_ATTEMPT_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", LeadClient.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /**
     * Sends the request, once more if the connection was lost, and checks for a 2xx, as a careful caller would.
     *
     * @return the status
     */
    public static int bareSend(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException lost) { // once, as leadClient's policy does: see there
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new IOException("not delivered: status " + response.statusCode());
        }
        return response.statusCode();
    }

    /** Closes a JDK client where the JDK can (21 and later). */
    public static void close(HttpClient http) throws Exception {
        if (http instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
