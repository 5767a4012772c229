package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.client.Settings.Sleeper;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import dev.leadkit.testing.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeadClientTest {
    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttps();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private LeadClient.Builder client() {
        return Harness.client(endpoint, sleeper);
    }

    private static List<Lead> numberedLeads(int count) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(Harness.LEAD.toBuilder().offerTitle("offer-" + i).build());
        }
        return leads;
    }

    @Test
    void sendsCamelCaseWhenAsked() {
        try (LeadClient client = client().naming(LeadJson.Naming.CAMEL_CASE).build()) {
            client.send(Harness.LEAD);
        }
        RecordedRequest request = endpoint.takeRequest();
        assertThat(request.bodyText()).startsWith("{\"actionCode\":\"INS\"").contains("\"userDetails\":{");
        assertThat(request.lead()).isEqualTo(Harness.LEAD);
    }

    @Test
    void sendAsyncCompletesWithTheResultOrTheFailure() {
        endpoint.enqueue(MockResponse.of(202), MockResponse.of(422));
        try (LeadClient client = client().build()) {
            assertThat(client.sendAsync(Harness.LEAD).join().statusCode()).isEqualTo(202);
            CompletableFuture<SendResult> rejected = client.sendAsync(Harness.LEAD);
            assertThatThrownBy(rejected::join).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(LeadRejectedException.class);
        }
    }

    @Test
    void sendAllReturnsOneOutcomePerLeadInInputOrder() {
        endpoint.enqueue(MockResponse.of(202), MockResponse.of(422, "no"), MockResponse.of(500));
        List<Lead> leads = numberedLeads(4);
        try (LeadClient client = client().maxConcurrency(1).build()) {
            List<SendOutcome> outcomes = client.sendAll(leads);

            assertThat(outcomes).extracting(SendOutcome::lead).containsExactlyElementsOf(leads);
            assertThat(outcomes).extracting(SendOutcome::isDelivered).containsExactly(true, false, false, true);
            assertThat(((SendOutcome.Failed) outcomes.get(1)).failure()).isInstanceOf(LeadRejectedException.class);
            assertThat(((SendOutcome.Failed) outcomes.get(2)).failure()).isInstanceOf(DeliveryFailedException.class);
            assertThat(((SendOutcome.Delivered) outcomes.get(3)).result().statusCode()).isEqualTo(202);
        }
    }

    @Test
    void sendAllRejectsANullLeadBeforeSendingAny() {
        List<Lead> leads = new ArrayList<>(numberedLeads(2));
        leads.add(null);
        try (LeadClient client = client().build()) {
            assertThatThrownBy(() -> client.sendAll(leads)).isInstanceOf(NullPointerException.class)
                    .hasMessage("leads[2] must not be null");
        }
        assertThat(endpoint.requestCount()).isZero();
    }

    @Test
    void sends200LeadsThroughASlowServerWithinTheConcurrencyLimit() {
        endpoint.respondByDefault(MockResponse.builder().headersDelay(Duration.ofMillis(20)).build());
        List<Lead> leads = numberedLeads(200);
        List<SendOutcome> outcomes;
        long start = System.nanoTime();
        try (LeadClient client = client().maxConcurrency(8).build()) {
            outcomes = client.sendAll(leads);
        }
        long elapsed = Harness.millisSince(start);

        assertThat(outcomes).hasSize(200).allMatch(SendOutcome::isDelivered);
        assertThat(outcomes).extracting(SendOutcome::lead).containsExactlyElementsOf(leads);
        assertThat(endpoint.maxConcurrentRequests()).isBetween(2, 8);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            titles.add(endpoint.takeRequest().lead().offerTitle());
        }
        assertThat(titles).hasSize(200);
        assertThat(elapsed).as("200 x 20 ms at 8 at a time").isBetween(200 * 20L / 8, 20_000L);
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (LeadClient client = client().build()) {
            List<Future<SendResult>> results = new ArrayList<>();
            for (Lead lead : numberedLeads(80)) {
                results.add(callers.submit(() -> client.send(lead)));
            }
            for (Future<SendResult> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(endpoint.requestCount()).isEqualTo(80);
    }

    @Test
    void closeReleasesItsThreads() throws Exception {
        LeadClient client = client().maxConcurrency(4).build();
        List<CompletableFuture<SendResult>> sends = new ArrayList<>();
        for (Lead lead : numberedLeads(8)) {
            sends.add(client.sendAsync(lead));
        }
        sends.forEach(CompletableFuture::join);
        assertThat(liveThreads(client.threadNamePrefix())).isNotEmpty();

        client.close();

        assertThat(liveThreads(client.threadNamePrefix())).isEmpty();
        if (Runtime.version().feature() >= 21) { // HttpClient.isTerminated() exists from JDK 21
            Object terminated = HttpClient.class.getMethod("isTerminated").invoke(client.httpClient());
            assertThat(terminated).isEqualTo(true);
        }
        assertThatThrownBy(() -> client.send(Harness.LEAD)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("client is closed: LeadClient[endpoint=https://127.0.0.1:");
    }

    private static List<Thread> liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix) && t.isAlive()).toList();
    }

    @Test
    void builderSeamsAreNotPublic() {
        for (java.lang.reflect.Method m : LeadClient.Builder.class.getDeclaredMethods()) {
            if (m.getName().equals("seams")) {
                assertThat(java.lang.reflect.Modifier.isPublic(m.getModifiers())).as(m.getName()).isFalse();
            }
        }
        assertThat(java.lang.reflect.Modifier.isPublic(Sleeper.class.getModifiers())).isFalse();
    }

    @Test
    void closeFailsRunningAndQueuedSendsWithoutDroppingThem() {
        endpoint.respondByDefault(MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build());
        LeadClient client = client().maxConcurrency(1).attemptTimeout(Duration.ofMinutes(5)).build();
        CompletableFuture<SendResult> running = client.sendAsync(Harness.LEAD);
        CompletableFuture<SendResult> queued = client.sendAsync(Harness.LEAD);
        endpoint.takeRequest(); // the first send is in flight

        long start = System.nanoTime();
        client.close();

        assertThat(Harness.millisSince(start)).isLessThan(5_000L);
        assertThatThrownBy(running::join).cause().isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CLOSED);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThatThrownBy(queued::join).cause().isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CLOSED);
            assertThat(e.attempts()).isZero();
        });
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    @Test
    void cancellingASendAbortsItsExchange() {
        endpoint.enqueue(MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build());
        try (LeadClient client = client().maxConcurrency(1).attemptTimeout(Duration.ofMinutes(5)).build()) {
            CompletableFuture<SendResult> stuck = client.sendAsync(Harness.LEAD);
            endpoint.takeRequest();

            assertThat(stuck.cancel(true)).isTrue();

            // The only send thread is free again at once: the next send goes through without waiting 5 minutes.
            assertThat(client.sendAsync(Harness.LEAD).orTimeout(10, TimeUnit.SECONDS).join().statusCode())
                    .isEqualTo(202);
        }
    }

    @Test
    void readsOnlyTheStartOfAHugeBody() {
        endpoint.enqueue(MockResponse.builder().status(200).body("y".repeat(4 * 1024 * 1024)).build());
        try (LeadClient client = client().build()) {
            SendResult result = client.send(Harness.LEAD);

            assertThat(result.bodyExcerpt()).hasSize(SendResult.MAX_EXCERPT_LENGTH);
        }
    }

    @Test
    void stopsReadingAtTheCapSoAnEndlessBodyCannotHoldTheSend() {
        // The server sends 8 KiB and then stalls until closed: the cap (4 KiB) is reached before the stall.
        endpoint.enqueue(MockResponse.builder().status(200).body("z".repeat(16 * 1024)).stallBodyAfter(8 * 1024)
                .build());
        long start = System.nanoTime();
        try (LeadClient client = client().attemptTimeout(Duration.ofSeconds(20)).build()) {
            assertThat(client.send(Harness.LEAD).statusCode()).isEqualTo(200);
        }
        assertThat(Harness.millisSince(start)).isLessThan(5_000L);
    }

    @Test
    void retriesAnUncertainFailureOnlyWhenThePolicyAllows() {
        endpoint.enqueue(MockResponse.dropAfterRequest(), MockResponse.of(202));
        RetryPolicy policy = RetryPolicy.builder().retryWhenDeliveryUncertain(true).build();
        try (LeadClient client = client().retryPolicy(policy).build()) {
            SendResult result = client.send(Harness.LEAD);

            assertThat(result.attempts()).isEqualTo(2);
        }
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void maxAttemptsOfOneTurnsRetriesOff() {
        endpoint.enqueue(MockResponse.of(503), MockResponse.of(202));
        try (LeadClient client = client().retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build()) {
            assertThatThrownBy(() -> client.send(Harness.LEAD)).isInstanceOfSatisfying(
                    DeliveryFailedException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        }
    }

    @Test
    void logsAttemptsStatusesAndTimingsAtDebugWithoutBodies() {
        endpoint.enqueue(MockResponse.of(503, "busy body text"), MockResponse.of(202, "accepted body text"));
        List<String> lines;
        try (LogCapture log = new LogCapture(); LeadClient client = client().build()) {
            client.send(Harness.LEAD);
            lines = log.lines();
        }
        List<String> client = lines.stream().filter(l -> l.contains("dev.leadkit.client")).toList();
        assertThat(client).allMatch(l -> l.startsWith("FINE "));
        assertThat(String.join("\n", client))
                .containsPattern("send \\d+: attempt 1/3 to https://127\\.0\\.0\\.1:\\d+/workflows/\\*\\*\\*"
                        + "\\?\\*\\*\\*")
                .containsPattern("attempt 1 answered 503 in \\d+ ms")
                .containsPattern("waiting \\d+ ms before attempt 2")
                .containsPattern("delivered \\(DELIVERED, status 202, 2 attempt\\(s\\) in \\d+ ms\\)")
                .doesNotContain("body text").doesNotContain("Test Microsoft").doesNotContain(Harness.SECRET);
    }

    @Test
    void builderChecksItsArguments() {
        LeadClient.Builder b = LeadClient.builder();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessage("endpoint must be set");
        assertThatThrownBy(() -> b.maxConcurrency(0)).hasMessage("maxConcurrency must be between 1 and 256: 0");
        assertThatThrownBy(() -> b.attemptTimeout(Duration.ZERO)).hasMessage("attemptTimeout must be > 0: PT0S");
        assertThatThrownBy(() -> b.connectTimeout(Duration.ofSeconds(-1)))
                .hasMessage("connectTimeout must be > 0: PT-1S");
        assertThatThrownBy(() -> b.endpoint(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesPlainHttpToARemoteHostUnlessOptedIn() {
        URI remote = URI.create("http://flows.example.com/invoke?sig=" + Harness.SECRET);
        assertThatThrownBy(() -> LeadClient.builder().endpoint(remote).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint must use https; plain http is accepted only to a loopback host or with "
                        + "allowInsecurePlainHttp(true): http://flows.example.com/invoke?***");

        try (LogCapture log = new LogCapture();
                LeadClient client = LeadClient.builder().endpoint(remote).allowInsecurePlainHttp(true).build()) {
            assertThat(log.lines()).singleElement().asString().startsWith("WARNING ")
                    .contains("INSECURE: plain http to http://flows.example.com/invoke?***")
                    .doesNotContain(Harness.SECRET);
            assertThat(client.toString()).doesNotContain(Harness.SECRET);
        }
    }

    @Test
    void refusesEndpointsItCannotUseSafely() {
        for (String bad : List.of("ftp://host/x", "/relative?sig=" + Harness.SECRET, "https://user:pw@host/x",
                "https://host/x#frag", "mailto:someone@contoso.com")) {
            assertThatThrownBy(() -> LeadClient.builder().endpoint(URI.create(bad)).build())
                    .as(bad).isInstanceOf(IllegalArgumentException.class).message().doesNotContain(Harness.SECRET)
                    .doesNotContain("pw").doesNotContain("someone");
        }
    }

    @Test
    void toStringMasksTheQueryAndToBuilderKeepsTheSettings() {
        try (LeadClient client = client().retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
                .maxConcurrency(3).build();
                LeadClient copy = client.toBuilder().build()) {
            assertThat(client.toString()).isEqualTo("LeadClient[endpoint=https://127.0.0.1:" + endpoint.uri().getPort()
                    + "/workflows/***?***, attemptTimeout=PT5S, maxAttempts=5, callTimeout=PT1M, "
                    + "maxConcurrency=3]");
            assertThat(copy.toString()).isEqualTo(client.toString());
            assertThat(copy.send(Harness.LEAD).statusCode()).isEqualTo(202);
        }
    }

    @Test
    void revealsTheWholePathOnlyWhenAskedAndNeverTheQuery() {
        try (LeadClient masked = client().build(); LeadClient revealed = client().revealEndpointPath(true).build();
                LeadClient copy = revealed.toBuilder().build()) {
            assertThat(masked.toString()).contains("/workflows/***?***").doesNotContain(Harness.PATH_SECRET);
            assertThat(revealed.toString()).contains("/workflows/" + Harness.PATH_SECRET + "/triggers/manual/paths/"
                    + "invoke?***").doesNotContain(Harness.SECRET);
            assertThat(copy.toString()).isEqualTo(revealed.toString());
        }
    }

    @Test
    void allowsHttp2OnHttpsOnlyAndNeverFollowsRedirects() {
        try (LeadClient tls = client().build();
                LeadClient plain = LeadClient.builder().endpoint(URI.create("http://localhost:1/x")).build()) {
            assertThat(tls.httpClient().version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(plain.httpClient().version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            assertThat(tls.httpClient().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
            assertThat(plain.httpClient().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        }
    }

    @Test
    void userAgentNamesLeadkitAndItsVersion() {
        assertThat(LeadClient.USER_AGENT).isEqualTo("leadkit/" + System.getProperty("leadkit.version"))
                .doesNotContain("unknown");
    }
}
