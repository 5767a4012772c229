package dev.leadkit.receiver;

import static dev.leadkit.receiver.RawHttp.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadEndpointTest {
    static final String LEAD = "{\"ActionCode\":\"INS\",\"OfferTitle\":\"Contoso\",\"UserDetails\":{\"FirstName\":\"Zoë\","
            + "\"Email\":\"zoe@contoso.example\"}}";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> post(URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startsInThreeLinesStoresBeforeAnswering202AndReportsHealth() throws Exception {
        Path file = dir.resolve("leads.jsonl");
        String secret = "s3cret";
        // region three-lines
        LeadEndpoint endpoint = LeadEndpoint.builder(JsonLinesSink.open(file))
                .receiver(LeadReceiver.builder().token(secret).build())
                .start();                  // .bind(address).port(8443).tls(sslContext) for the internet
        // endregion
        try (endpoint) {
            HttpResponse<String> response = post(URI.create(endpoint.uri() + "?token=s3cret"), LEAD);
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(Files.readAllLines(file)).as("on the disk when the 202 arrived")
                    .containsExactly(LeadJson.defaults().write(LeadJson.defaults().read(LEAD)));
            HttpResponse<String> health = get(endpoint.uri().resolve(LeadEndpoint.HEALTH_PATH));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"acceptingLeads\":true}");
            assertThat(response.headers().firstValue("Server")).as("no version advertised").isEmpty();
        }
        assertThat(endpoint.isAccepting()).isFalse();
        assertThatThrownBy(() -> post(endpoint.uri(), LEAD)).isInstanceOf(ConnectException.class);
    }

    @Test
    void answersOtherPathsAndMethodsWithProblems() throws Exception {
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { }).path("/leads").start()) {
            assertThat(post(endpoint.uri().resolve("/"), LEAD).statusCode()).isEqualTo(404);
            HttpResponse<String> get = get(endpoint.uri());
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow")).hasValue("POST");
            assertThat(get.body()).contains(LeadEndpoint.METHOD_NOT_ALLOWED);
            assertThat(post(endpoint.uri(), LEAD).statusCode()).isEqualTo(202);
        }
    }

    /** Regression: the JDK-server endpoint read the whole body before it looked at the token. */
    @Test
    void refusesAWrongTokenAndAnOversizedLengthBeforeReadingTheBody() throws Exception {
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { })
                .receiver(LeadReceiver.builder().token("s3cret").build()).start();
                RawHttp noToken = new RawHttp(endpoint.uri());
                RawHttp tooLong = new RawHttp(endpoint.uri())) {
            String answer = noToken.send("POST /?token=guess HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
                    .readAnswer();
            assertThat(status(answer)).as("answered though 1000 body bytes never came").isEqualTo(401);
            assertThat(answer).contains("Connection: close").doesNotContain("guess");
            String tooLarge = tooLong.send("POST /?token=s3cret HTTP/1.1\r\nHost: x\r\nContent-Length: "
                    + (LeadJson.DEFAULT_MAX_DOCUMENT_BYTES + 1) + "\r\n\r\n{").readAnswer();
            assertThat(status(tooLarge)).as("413 from the header alone").isEqualTo(413);
            assertThat(tooLarge).contains(LeadReceiver.TOO_LARGE);
        }
    }

    /**
     * Regression: after an answer given before the body, the endpoint closed at once, and a client still sending
     * its body got a reset that could discard the answer (an HTTP client then saw no answer at all). A body of up
     * to 2 MiB is now read and dropped before the close; a longer one is not read.
     */
    @Test
    void readsAndDropsTheBodyOfAnEarlyAnswerBeforeClosing() throws Exception {
        int declared = LeadJson.DEFAULT_MAX_DOCUMENT_BYTES + 1;
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { })
                .receiver(LeadReceiver.builder().token("s3cret").build()).start();
                RawHttp tooLong = new RawHttp(endpoint.uri());
                RawHttp noToken = new RawHttp(endpoint.uri());
                RawHttp huge = new RawHttp(endpoint.uri())) {
            tooLong.send("POST /?token=s3cret HTTP/1.1\r\nHost: x\r\nContent-Length: " + declared + "\r\n\r\n");
            assertThat(status(tooLong.readAnswer())).isEqualTo(413);
            tooLong.sendBody(declared); // a closed connection would fail this write (broken pipe, reset)
            assertThat(tooLong.readUntilClosed()).as("a clean close once the declared body was read").isEmpty();

            noToken.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
            assertThat(status(noToken.readAnswer())).isEqualTo(401);
            assertThat(noToken.sendBody(1000).readUntilClosed()).isEmpty();

            String closed = huge.send("POST /?token=s3cret HTTP/1.1\r\nHost: x\r\nContent-Length: "
                    + (LeadHandler.DRAIN_LIMIT + 1) + "\r\n\r\n").readUntilClosed();
            assertThat(status(closed)).as("over the drain limit: answered and closed, nothing read").isEqualTo(413);
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        LeadReceiver small = LeadReceiver.builder().json(LeadJson.builder().maxDocumentBytes(100).build()).build();
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { }).receiver(small).start();
                RawHttp raw = new RawHttp(endpoint.uri())) {
            String chunk = "x".repeat(150);
            String answer = raw.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n").readUntilClosed();
            assertThat(status(answer)).isEqualTo(413);
        }
    }

    /** Regression: a query a container accepts but URI.create refuses was answered 500. */
    @Test
    void takesTheRawQueryAsItArrived() throws Exception {
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { })
                .receiver(LeadReceiver.builder().token("s3cret").build()).start()) {
            for (String query : List.of("token=s3cret&utm=a|b", "x=100%&token=s3cret", "q={x}&token=s3cret", "a=%7C&token=s3cret", "token=s3cret&x=\"", "token=s3cret&x=^", "token=s3cret&x=`")) {
                try (RawHttp raw = new RawHttp(endpoint.uri())) {
                    String answer = raw.send("POST /?" + query + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                            + "Content-Length: " + bytes(LEAD).length + "\r\n\r\n" + LEAD).readUntilClosed();
                    assertThat(status(answer)).as(query).isEqualTo(202);
                }
            }
        }
    }

    /** Regression: sixteen connections trickling headers took every worker thread of lead serve. */
    @Test
    void closesAConnectionWhoseHeadersDoNotArriveInTime() throws Exception {
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { }).headerTimeout(Duration.ofMillis(300))
                .start();
                RawHttp trickler = new RawHttp(endpoint.uri())) {
            trickler.send("POST / HTTP/1.1\r\nHost: x\r\n");
            assertThat(trickler.readUntilClosed()).as("closed without an answer").isEmpty();
            assertThat(post(endpoint.uri(), LEAD).statusCode()).isEqualTo(202);
        }
    }

    /**
     * After an answer, the next request's headers must come within the idle timeout, even if they trickle in
     * faster than the idle timeout would notice; the check set at opening moves itself on to that deadline.
     */
    @Test
    void closesAKeptAliveConnectionWhoseNextHeadersTrickle() throws Exception {
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { }).headerTimeout(Duration.ofMillis(200))
                .idleTimeout(Duration.ofMillis(600)).start();
                Socket socket = new Socket(endpoint.uri().getHost(), endpoint.uri().getPort())) {
            socket.setSoTimeout(50); // paces the trickle: one byte per read that times out
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] body = LEAD.getBytes(StandardCharsets.UTF_8);
            out.write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            StringBuilder answer = new StringBuilder();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            boolean closed = false;
            String trickle = "POST / HTTP/1.1\r\nX-Slow: " + "a".repeat(1000);
            for (int i = 0; !closed && System.nanoTime() < giveUp; ) {
                try {
                    int b = in.read();
                    if (b < 0) {
                        closed = true;
                    } else {
                        answer.append((char) b);
                    }
                } catch (java.net.SocketTimeoutException quiet) {
                    if (answer.indexOf("\r\n\r\n") >= 0) {
                        try {
                            out.write(trickle.charAt(i++ % trickle.length()));
                            out.flush();
                        } catch (IOException reset) {
                            closed = true;
                        }
                    }
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertThat(status(answer.toString())).isEqualTo(202);
            assertThat(closed).as("closed while the next headers trickled").isTrue();
        }
    }

    @Test
    void answers408WhenTheBodyDoesNotArriveBeforeTheDeadline() throws Exception {
        CopyOnWriteArrayList<Integer> answered = new CopyOnWriteArrayList<>();
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { }).requestTimeout(Duration.ofMillis(300))
                .listener((method, reception, bytes, elapsed) -> answered.add(reception.status())).start();
                RawHttp liar = new RawHttp(endpoint.uri())) {
            String answer = liar.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"Action")
                    .readUntilClosed();
            assertThat(status(answer)).isEqualTo(408);
            assertThat(answer).contains(LeadEndpoint.TIMEOUT);
            assertThat(answered).containsExactly(408);
        }
    }

    /** A listener that keeps what storeFailed hears. */
    private static LeadEndpoint.Listener storeFailuresInto(List<Exception> failures) {
        return new LeadEndpoint.Listener() {
            @Override
            public void answered(String method, Reception reception, long bodyBytes, Duration elapsed) {
            }

            @Override
            public void storeFailed(Exception failure) {
                failures.add(failure);
            }
        };
    }

    /**
     * A listener is the user's code (a log line, a meter): when it throws, every lead still gets the answer the
     * endpoint decided, stored before a 202 as always, instead of a request left open until a timeout.
     */
    @Test
    void aListenerThatThrowsDoesNotChangeAnyAnswer() throws Exception {
        LeadEndpoint.Listener throwing = new LeadEndpoint.Listener() {
            @Override
            public void answered(String method, Reception reception, long bodyBytes, Duration elapsed) {
                throw new IllegalStateException("meter registry gone");
            }

            @Override
            public void storeFailed(Exception failure) {
                throw new IllegalStateException("log appender gone");
            }
        };
        List<Lead> stored = new CopyOnWriteArrayList<>();
        try (LeadEndpoint endpoint = LeadEndpoint.builder(stored::add).listener(throwing).start()) {
            assertThat(post(endpoint.uri(), LEAD).statusCode()).isEqualTo(202);
            assertThat(stored).hasSize(1);
            assertThat(post(endpoint.uri(), "[]").statusCode()).isEqualTo(400);
        }
        try (LeadEndpoint endpoint = LeadEndpoint.builder(new FailingSink()).listener(throwing).start()) {
            HttpResponse<String> refused = post(endpoint.uri(), LEAD);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains(LeadEndpoint.NOT_STORED);
        }
    }

    @Test
    void aSinkThatFailsGets503AndHealthSaysDown() throws Exception {
        FailingSink sink = new FailingSink();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        try (LeadEndpoint endpoint = LeadEndpoint.builder(sink).listener(storeFailuresInto(failures)).start()) {
            HttpResponse<String> response = post(endpoint.uri(), LEAD);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains(LeadEndpoint.NOT_STORED).doesNotContain("disk on fire", "Zo");
            assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("disk on fire"));
            HttpResponse<String> health = get(endpoint.uri().resolve(LeadEndpoint.HEALTH_PATH));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"acceptingLeads\":false}");
            assertThat(endpoint.isAccepting()).isFalse();
        }
    }

    /**
     * A sink's stage decides the answer, whenever and on whatever thread it completes: a 202 only once it completed
     * normally, a 503 and storeFailed when it failed; and no answer while it is pending.
     */
    @Test
    void answersAnAsyncStoreWhenItsStageCompletes() throws Exception {
        List<CompletableFuture<Void>> stages = new CopyOnWriteArrayList<>();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        LeadSink sink = new LeadSink() {
            @Override
            public void store(Lead lead) {
                throw new AssertionError("the endpoint must use storeAsync");
            }

            @Override
            public CompletableFuture<Void> storeAsync(Lead lead) {
                CompletableFuture<Void> stage = new CompletableFuture<>();
                stages.add(stage);
                return stage;
            }
        };
        try (LeadEndpoint endpoint = LeadEndpoint.builder(sink).listener(storeFailuresInto(failures)).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(endpoint.uri())
                    .POST(HttpRequest.BodyPublishers.ofString(LEAD)).build();
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(request,
                    HttpResponse.BodyHandlers.ofString());
            while (stages.isEmpty()) {
                Thread.onSpinWait(); // the lead reached the sink
            }
            CompletableFuture<HttpResponse<String>> probe = http.sendAsync(HttpRequest.newBuilder(
                    endpoint.uri().resolve(LeadEndpoint.HEALTH_PATH)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(probe.get(20, TimeUnit.SECONDS).statusCode()).as("the endpoint answers meanwhile").isEqualTo(200);
            assertThat(first).as("no answer before the store completed").isNotDone();
            stages.get(0).complete(null);
            assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(202);

            CompletableFuture<HttpResponse<String>> second = http.sendAsync(request,
                    HttpResponse.BodyHandlers.ofString());
            while (stages.size() < 2) {
                Thread.onSpinWait();
            }
            stages.get(1).completeExceptionally(new IOException("queue unreachable"));
            HttpResponse<String> refused = second.get(20, TimeUnit.SECONDS);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains(LeadEndpoint.NOT_STORED).doesNotContain("queue unreachable");
            assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("queue unreachable"));
        }
    }

    /** A sink that returns no stage, or throws, still gets its lead a 503, and close() does not wait for it. */
    @Test
    void aSinkThatReturnsNoStageOrThrowsGets503() throws Exception {
        List<Exception> failures = new CopyOnWriteArrayList<>();
        for (LeadSink broken : List.<LeadSink>of(new LeadSink() {
            @Override
            public void store(Lead lead) {
            }

            @Override
            public CompletableFuture<Void> storeAsync(Lead lead) {
                return null;
            }
        }, lead -> {
            throw new IllegalStateException("sink bug");
        })) {
            LeadEndpoint endpoint = LeadEndpoint.builder(broken).listener(storeFailuresInto(failures))
                    .drainTimeout(Duration.ofSeconds(30)).start();
            HttpResponse<String> response = post(endpoint.uri(), LEAD);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).contains(LeadEndpoint.NOT_STORED);
            CompletableFuture<Void> closed = CompletableFuture.runAsync(endpoint::close);
            closed.get(5, TimeUnit.SECONDS); // no request left in progress to wait for
        }
        assertThat(failures).hasSize(2);
    }

    @Test
    void servesHttpsWithARealCertificate() throws Exception {
        List<Lead> stored = new CopyOnWriteArrayList<>();
        try (LeadEndpoint endpoint = LeadEndpoint.builder(stored::add).tls(TestCertificate.server()).start()) {
            assertThat(endpoint.uri().getScheme()).isEqualTo("https");
            HttpClient https = HttpClient.newBuilder().sslContext(TestCertificate.client()).build();
            HttpResponse<String> response = https.send(HttpRequest.newBuilder(endpoint.uri())
                    .POST(HttpRequest.BodyPublishers.ofString(LEAD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(stored).singleElement().satisfies(l -> assertThat(l.actionCode()).isEqualTo("INS"));
        }
    }

    @Test
    void closeLetsALeadInProgressFinishAndRefusesNewOnes() throws Exception {
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LeadEndpoint endpoint = LeadEndpoint.builder(lead -> {
            storing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }).start();
        CompletableFuture<HttpResponse<String>> inProgress = http.sendAsync(HttpRequest.newBuilder(endpoint.uri())
                .POST(HttpRequest.BodyPublishers.ofString(LEAD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(storing.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(endpoint::close);
        while (endpoint.isAccepting()) {
            Thread.onSpinWait();
        }
        HttpResponse<String> refused = post(endpoint.uri(), LEAD);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains(LeadEndpoint.UNAVAILABLE);
        assertThat(closing).isNotDone();
        release.countDown();
        assertThat(inProgress.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
        closing.get(20, TimeUnit.SECONDS);
    }

    @Test
    void acceptsNoMoreConnectionsThanTheLimitUntilOneCloses() throws Exception {
        try (LeadEndpoint endpoint = LeadEndpoint.builder(lead -> { }).maxConnections(1).start()) {
            RawHttp holder = new RawHttp(endpoint.uri()).send("POST / HTTP/1.1\r\n");
            CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(HttpRequest.newBuilder(endpoint.uri())
                    .POST(HttpRequest.BodyPublishers.ofString(LEAD)).build(), HttpResponse.BodyHandlers.ofString());
            assertThatThrownBy(() -> waiting.get(500, TimeUnit.MILLISECONDS)).as("not accepted while one is open")
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            holder.close();
            assertThat(waiting.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
        }
    }

    @Test
    void refusesBadSettings() {
        LeadEndpoint.Builder b = LeadEndpoint.builder(lead -> { });
        assertThatThrownBy(() -> b.port(70000)).hasMessage("port must be 0 to 65535: 70000");
        assertThatThrownBy(() -> b.path("/health")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.headerTimeout(Duration.ZERO)).hasMessage("headerTimeout must be positive: PT0S");
        assertThatThrownBy(() -> b.maxConnections(0)).hasMessage("maxConnections must be >= 1: 0");
    }

    /** Fails every store, and says so on the health path. */
    static final class FailingSink implements LeadSink {
        @Override
        public void store(Lead lead) throws IOException {
            throw new IOException("disk on fire");
        }

        @Override
        public boolean isAccepting() {
            return false;
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
