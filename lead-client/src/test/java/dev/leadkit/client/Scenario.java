package dev.leadkit.client;

import dev.leadkit.client.Harness.Run;
import dev.leadkit.testing.MockResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The failure and success cases of issue 4, each one send against a real local server. The scenario tests assert
 * each one's outcome; the leak test runs them all and scans what they produced for the secret.
 */
enum Scenario {
    ACCEPTED(endpoint -> { }),
    OK_WITH_BODY(endpoint -> endpoint.enqueue(MockResponse.of(200, "{\"runId\":\"08585\"}"))),
    CONNECTION_REFUSED(null) {
        @Override
        Run run(boolean https) {
            RecordingSleeper sleeper = new RecordingSleeper();
            try (LeadClient client = LeadClient.builder().endpoint(Harness.refusingEndpoint())
                    .seams(Seams.sleeper(sleeper))
                    .connectTimeout(Duration.ofSeconds(2)).build()) {
                return Harness.send(client, sleeper, null);
            }
        }
    },
    RESET_BEFORE_REQUEST(endpoint -> endpoint.enqueue(MockResponse.dropBeforeRequest())),
    RESET_AFTER_REQUEST(endpoint -> endpoint.enqueue(MockResponse.dropAfterRequest())),
    HEADERS_NEVER_SENT(endpoint -> endpoint.enqueue(
            MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build()),
            client -> client.attemptTimeout(Duration.ofMillis(500))) {
        @Override
        Run run(boolean https) {
            return Harness.runWarm(https, script(), config());
        }
    },
    BODY_STALLS(endpoint -> endpoint.enqueue(MockResponse.builder().status(200).body("x".repeat(100))
            .stallBodyAfter(10).build()),
            client -> client.attemptTimeout(Duration.ofSeconds(1))) {
        @Override
        Run run(boolean https) {
            return Harness.runWarm(https, script(), config());
        }
    },
    RETRY_AFTER_SECONDS(endpoint -> endpoint.enqueue(
            MockResponse.builder().status(429).header("Retry-After", "2").build(), MockResponse.of(202))),
    RETRY_AFTER_DATE(endpoint -> endpoint.enqueue(MockResponse.builder().status(503)
            .header("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(Harness.NOW.plusSeconds(7)
                    .atOffset(ZoneOffset.UTC))).build(), MockResponse.of(202)),
            client -> client.seams(Seams.clock(Clock.fixed(Harness.NOW, ZoneOffset.UTC)))),
    RETRY_AFTER_TOO_LONG(endpoint -> endpoint.enqueue(
            MockResponse.builder().status(429).header("Retry-After", "3600").build())),
    UNAVAILABLE_TWICE(endpoint -> endpoint.enqueue(MockResponse.of(503), MockResponse.of(503), MockResponse.of(202)),
            client -> client.retryPolicy(RetryPolicy.builder().jitter(0).build())),
    UNAVAILABLE_ALWAYS(endpoint -> endpoint.respondByDefault(MockResponse.of(503, "flow is busy"))),
    SERVER_ERROR(endpoint -> endpoint.enqueue(MockResponse.of(500, "failed at " + Harness.PATH))),
    BAD_REQUEST(endpoint -> endpoint.enqueue(MockResponse.of(400, "{\"error\":\"Email " + Harness.EMAIL
            + " of Some Onewho is invalid for sig=" + Harness.SECRET + "\"}"))),
    UNTRUSTED_CERTIFICATE(null) {
        @Override
        Run run(boolean https) {
            // Always HTTPS: a client with the JDK's default trust against the mock's self-signed certificate.
            return Harness.run(true, endpoint -> { }, client -> client.sslContext(null));
        }
    },
    REDIRECT_TO_HTTP(endpoint -> endpoint.enqueue(MockResponse.redirect(307,
            "http://127.0.0.1:" + endpoint.uri().getPort() + "/elsewhere?sig=" + Harness.SECRET))),
    REDIRECT_TO_A_SECRET_PATH(endpoint -> endpoint.enqueue(MockResponse.redirect(308,
            "/hooks/catch/" + Harness.PATH_SECRET + "/"))),
    /** A receiver that echoes everything JSON-escaped and upper-cased, the phone reformatted. */
    ECHOES_ESCAPED_AND_UPPER_CASED(endpoint -> endpoint.enqueue(MockResponse.of(422, "{\"error\":\"\\u004f"
            + "NEWHO: SOMEONE\\u0040CONTOSO.COM, +1 (617) 555-5555, at https:\\/\\/127.0.0.1\\/workflows\\/"
            + Harness.PATH_SECRET.toUpperCase(java.util.Locale.ROOT) + "\\/triggers?SIG=" + Harness.SECRET + "\"}"))),
    PROBLEM_ECHOING_PERSONAL_DATA(endpoint -> endpoint.enqueue(MockResponse.builder().status(400)
            .header("Content-Type", "application/problem+json").body("{\"title\":\"Not a lead\",\"detail\":\""
                    + "onewho \\u003csomeone@contoso.com\\u003e\",\"errors\":[{\"pointer\":\"/UserDetails/Email\","
                    + "\"code\":\"email\",\"detail\":\"" + Harness.EMAIL + "\"}]}").build())),
    ENDPOINT_NOT_FOUND(endpoint -> endpoint.enqueue(MockResponse.of(404, "no flow at /workflows/"
            + Harness.PATH_SECRET)));


    private final Consumer<dev.leadkit.testing.MockLeadEndpoint> script;
    private final UnaryOperator<LeadClient.Builder> config;

    Scenario(Consumer<dev.leadkit.testing.MockLeadEndpoint> script) {
        this(script, UnaryOperator.identity());
    }

    Scenario(Consumer<dev.leadkit.testing.MockLeadEndpoint> script, UnaryOperator<LeadClient.Builder> config) {
        this.script = script;
        this.config = config;
    }

    Consumer<dev.leadkit.testing.MockLeadEndpoint> script() {
        return script;
    }

    UnaryOperator<LeadClient.Builder> config() {
        return config;
    }

    /** Runs the scenario once against a fresh mock endpoint, over HTTPS or plain HTTP. */
    Run run(boolean https) {
        return Harness.run(https, script, config);
    }
}
