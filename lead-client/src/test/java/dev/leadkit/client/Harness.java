package dev.leadkit.client;

import dev.leadkit.client.Settings.Sleeper;
import dev.leadkit.model.Lead;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Shared test fixtures: a lead with personal data, an endpoint path with a secret, and one send against a mock. */
final class Harness {
    /** The value of {@code sig}: must never appear in a message, a log line or a toString. */
    static final String SECRET = "S3cr3tSigValue4f1d9a77";
    /** A secret in the path, as webhooks keep theirs: must never appear either. */
    static final String PATH_SECRET = "Pth5ecr3tK3y0b8e";
    static final String PATH = "/workflows/" + PATH_SECRET + "/triggers/manual/paths/invoke?api-version=2016-06-01"
            + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + SECRET;
    /** The fixed time of tests that need a clock. */
    static final java.time.Instant NOW = java.time.Instant.parse("2026-11-21T10:00:00Z");
    static final String EMAIL = "someone@contoso.com";
    static final Lead LEAD = Lead.builder()
            .userDetails(d -> d.firstName("Some").lastName("Onewho").email(EMAIL).phone("16175555555")
                    .country("USA").company("Contoso").title("Esquire"))
            .leadSource("AzureMarketplace").actionCode("INS").offerTitle("Test Microsoft")
            .description("Test run through Power Automate")
            .build();

    private Harness() {
    }

    /** What one send came to. */
    record Run(SendResult result, LeadClientException failure, long elapsedMillis, RecordingSleeper sleeper,
            MockLeadEndpoint endpoint) {
        DeliveryFailedException deliveryFailure() {
            return (DeliveryFailedException) failure;
        }
    }

    static MockLeadEndpoint start(boolean https) {
        return https ? MockLeadEndpoint.startHttps() : MockLeadEndpoint.startHttp();
    }

    /** A client for the mock: the secret path, the mock's trust, a recording sleeper, a 5 s deadline. */
    static LeadClient.Builder client(MockLeadEndpoint endpoint, Sleeper sleeper) {
        return LeadClient.builder().endpoint(endpoint.uri(PATH)).sslContext(endpoint.sslContext())
                .seams(Seams.sleeper(sleeper)).attemptTimeout(Duration.ofSeconds(5));
    }

    /**
     * Starts a mock, scripts it, sends {@link #LEAD} once with the configured client, measures the real time
     * around the call, and closes both. The closed endpoint still answers its counters and recorded requests.
     */
    static Run run(boolean https, Consumer<MockLeadEndpoint> script, UnaryOperator<LeadClient.Builder> config) {
        return run(https, false, script, config);
    }

    /**
     * As {@link #run(boolean, Consumer, UnaryOperator)}, after a first, unmeasured send that gets a 202: for
     * timing assertions, so that class loading and the first TLS handshake do not count against the bound.
     */
    static Run runWarm(boolean https, Consumer<MockLeadEndpoint> script, UnaryOperator<LeadClient.Builder> config) {
        return run(https, true, script, config);
    }

    private static Run run(boolean https, boolean warmUp, Consumer<MockLeadEndpoint> script,
            UnaryOperator<LeadClient.Builder> config) {
        RecordingSleeper sleeper = new RecordingSleeper();
        try (MockLeadEndpoint endpoint = start(https)) {
            if (warmUp) {
                endpoint.enqueue(MockResponse.of(202));
            }
            script.accept(endpoint);
            try (LeadClient client = config.apply(client(endpoint, sleeper)).build()) {
                if (warmUp) {
                    client.send(LEAD);
                    endpoint.takeRequest();
                }
                return send(client, sleeper, endpoint);
            }
        }
    }

    static Run send(LeadClient client, RecordingSleeper sleeper, MockLeadEndpoint endpoint) {
        long start = System.nanoTime();
        try {
            SendResult result = client.send(LEAD);
            return new Run(result, null, millisSince(start), sleeper, endpoint);
        } catch (LeadClientException e) {
            return new Run(null, e, millisSince(start), sleeper, endpoint);
        }
    }

    /** A URL on 127.0.0.1 where nothing listens: the port of a server socket that was just closed. */
    static URI refusingEndpoint() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + PATH);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Everything an exception would show in a log: messages and toString of the whole chain, stack included. */
    static String render(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return t + "\n" + out;
    }
}
