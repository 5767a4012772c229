package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Observes every scripted behaviour of the endpoint with the JDK's own HTTP client, over HTTP and HTTPS. */
class MockLeadEndpointTest {
    static final String SAMPLE = "{\"UserDetails\":{\"FirstName\":\"Some\",\"LastName\":\"One\","
            + "\"Email\":\"someone@contoso.com\"},\"LeadSource\":\"AzureMarketplace\",\"ActionCode\":\"INS\","
            + "\"OfferTitle\":\"Test Microsoft\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<MockLeadEndpoint> endpoints = new ArrayList<>();

    @AfterEach
    void closeEndpoints() {
        endpoints.forEach(MockLeadEndpoint::close);
    }

    private MockLeadEndpoint http() {
        MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();
        endpoints.add(endpoint);
        return endpoint;
    }

    private MockLeadEndpoint https() {
        MockLeadEndpoint endpoint = MockLeadEndpoint.startHttps();
        endpoints.add(endpoint);
        return endpoint;
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build();
    }

    @Test
    void answers202ByDefaultAndRecordsTheRequestWithItsLead() throws Exception {
        MockLeadEndpoint endpoint = http();
        HttpResponse<String> response = HTTP.send(post(endpoint.uri("/invoke?sig=s3cret"), SAMPLE),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        RecordedRequest request = endpoint.takeRequest();
        assertThat(request.sequenceNumber()).isEqualTo(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/invoke?sig=s3cret");
        assertThat(request.version()).isEqualTo("HTTP/1.1");
        assertThat(request.header("content-type")).contains("application/json");
        assertThat(request.headers()).containsKey("Content-Length");
        assertThat(request.bodyText()).isEqualTo(SAMPLE);
        assertThat(request.lead().userDetails().email()).isEqualTo("someone@contoso.com");
        assertThat(request.parseFailure()).isEmpty();
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(endpoint.uri().toString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void servesHttpsWithTheTestCertificateOverHttp11() throws Exception {
        MockLeadEndpoint endpoint = https();
        endpoint.enqueue(MockResponse.of(200, "thanks"));
        HttpClient client = HttpClient.newBuilder().sslContext(endpoint.sslContext()).build();

        HttpResponse<String> response = client.send(post(endpoint.uri("/flow"), SAMPLE), BodyHandlers.ofString());

        assertThat(endpoint.isHttps()).isTrue();
        assertThat(endpoint.uri().getScheme()).isEqualTo("https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("thanks");
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(endpoint.takeRequest().lead().offerTitle()).isEqualTo("Test Microsoft");
    }

    @Test
    void httpsIsNotTrustedWithoutItsContext() {
        MockLeadEndpoint endpoint = https();
        HttpClient defaultTrust = HttpClient.newHttpClient();

        assertThatThrownBy(() -> defaultTrust.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void answersScriptedResponsesInOrderThenTheDefault() throws Exception {
        MockLeadEndpoint endpoint = http();
        endpoint.enqueue(MockResponse.builder().status(429).header("Retry-After", "7").build(),
                MockResponse.of(400, "bad lead"));
        endpoint.enqueue(MockResponse.redirect(307, "http://example.invalid/elsewhere"));

        HttpResponse<String> first = HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString());
        HttpResponse<String> second = HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString());
        HttpResponse<String> third = HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString());
        HttpResponse<String> fourth = HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString());

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("7");
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).isEqualTo("bad lead");
        assertThat(second.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        assertThat(third.statusCode()).isEqualTo(307);
        assertThat(third.headers().firstValue("Location")).contains("http://example.invalid/elsewhere");
        assertThat(fourth.statusCode()).isEqualTo(202);
        assertThat(endpoint.requestCount()).isEqualTo(4);
    }

    @Test
    void respondByDefaultReplacesThe202() throws Exception {
        MockLeadEndpoint endpoint = http();
        endpoint.respondByDefault(MockResponse.of(204));

        assertThat(HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString()).statusCode()).isEqualTo(204);
    }

    @Test
    void delaysTheHeaders() throws Exception {
        MockLeadEndpoint endpoint = http();
        endpoint.enqueue(MockResponse.builder().status(200).headersDelay(Duration.ofMillis(300)).build());

        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString());
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(elapsedMillis).isBetween(300L, 5_000L);
    }

    @Test
    void stallsMidBodyForADurationThenSendsTheRest() throws Exception {
        MockLeadEndpoint endpoint = http();
        endpoint.enqueue(MockResponse.builder().status(200).body("0123456789")
                .stallBodyAfter(4, Duration.ofMillis(300)).build());

        HttpResponse<InputStream> response = HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofInputStream());
        long start = System.nanoTime();
        try (InputStream body = response.body()) {
            assertThat(new String(body.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("0123");
            assertThat(new String(body.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("456789");
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(10);
        assertThat(elapsedMillis).isBetween(250L, 5_000L);
    }

    @Test
    void dropBeforeRequestResetsWithoutRecording() {
        MockLeadEndpoint endpoint = http();
        endpoint.enqueue(MockResponse.dropBeforeRequest());

        assertThatThrownBy(() -> HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThatThrownBy(() -> endpoint.takeRequest(Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no request arrived within PT0.1S (requests so far: 1)");
    }

    @Test
    void dropAfterRequestRecordsThenResets() {
        MockLeadEndpoint endpoint = http();
        endpoint.enqueue(MockResponse.dropAfterRequest());

        assertThatThrownBy(() -> HTTP.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(endpoint.takeRequest().bodyText()).isEqualTo(SAMPLE);
    }

    @Test
    void dropsOverHttpsToo() {
        MockLeadEndpoint endpoint = https();
        endpoint.enqueue(MockResponse.dropAfterRequest());
        HttpClient client = HttpClient.newBuilder().sslContext(endpoint.sslContext()).build();

        assertThatThrownBy(() -> client.send(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(endpoint.takeRequest().lead().actionCode()).isEqualTo("INS");
    }

    @Test
    void recordsABodyThatIsNotALead() throws Exception {
        MockLeadEndpoint endpoint = http();
        HTTP.send(post(endpoint.uri(), "[1,2]"), BodyHandlers.discarding());

        RecordedRequest request = endpoint.takeRequest();
        assertThat(request.parseFailure()).isPresent();
        assertThatThrownBy(request::lead).isSameAs(request.parseFailure().orElseThrow());
    }

    @Test
    void readsAChunkedBodyAndAnswersExpectContinue() throws Exception {
        MockLeadEndpoint endpoint = http();
        HttpRequest request = HttpRequest.newBuilder(endpoint.uri()).expectContinue(true)
                .POST(BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8))))
                .build();

        assertThat(HTTP.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(202);
        RecordedRequest recorded = endpoint.takeRequest();
        assertThat(recorded.header("Transfer-Encoding")).contains("chunked");
        assertThat(recorded.header("Expect"))
                .hasValueSatisfying(value -> assertThat(value).isEqualToIgnoringCase("100-continue"));
        assertThat(recorded.bodyText()).isEqualTo(SAMPLE);
    }

    @Test
    void closeEndsAWaitForHeadersAtOnce() throws Exception {
        MockLeadEndpoint endpoint = http();
        endpoint.enqueue(MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build());
        CompletableFuture<HttpResponse<String>> pending =
                HTTP.sendAsync(post(endpoint.uri(), SAMPLE), BodyHandlers.ofString());
        endpoint.takeRequest();

        long start = System.nanoTime();
        endpoint.close();
        long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(closeMillis).isLessThan(2_000L);
        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(endpoint.toString()).endsWith(", requests=1, closed]");
    }

    @Test
    void serves200ConcurrentClients() {
        MockLeadEndpoint endpoint = http();
        endpoint.respondByDefault(MockResponse.builder().headersDelay(Duration.ofMillis(100)).build());

        List<CompletableFuture<HttpResponse<Void>>> sends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sends.add(HTTP.sendAsync(post(endpoint.uri(), SAMPLE), BodyHandlers.discarding()));
        }

        assertThat(sends).allSatisfy(send -> assertThat(send.join().statusCode()).isEqualTo(202));
        assertThat(endpoint.requestCount()).isEqualTo(200);
        assertThat(endpoint.maxConcurrentRequests()).isBetween(2, 200);
    }

    @Test
    void uriResolvesAPathAndQuery() {
        MockLeadEndpoint endpoint = http();

        assertThat(endpoint.uri("/a/b?x=1")).isEqualTo(URI.create(endpoint.uri() + "a/b?x=1"));
        assertThatThrownBy(() -> endpoint.uri("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pathAndQuery must start with a single /: a");
        assertThatThrownBy(() -> endpoint.uri("//other.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
