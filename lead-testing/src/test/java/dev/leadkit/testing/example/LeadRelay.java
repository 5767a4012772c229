package dev.leadkit.testing.example;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * The README's example of a user's own code under test: a receiver that takes the body Microsoft posts and forwards
 * real leads to a CRM webhook in the documented form. It uses leadkit's public API only.
 */
public final class LeadRelay {
    private final URI crm;
    private final HttpClient http;

    /**
     * Creates a relay.
     *
     * @param crm the CRM webhook
     * @param trust the TLS context for the webhook (a test certificate in tests)
     */
    public LeadRelay(URI crm, SSLContext trust) {
        this.crm = crm;
        this.http = HttpClient.newBuilder().sslContext(trust).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Handles one request body.
     *
     * @param body the body as received
     * @return the status to answer: 400 if the body is not a lead, 202 once a lead is forwarded (or for Partner
     *     Center's test leads, which are not forwarded), 502 if the CRM did not take it
     */
    public int receive(byte[] body) {
        Lead lead;
        try {
            lead = LeadJson.defaults().read(body);
        } catch (LeadParseException e) {
            return 400;
        }
        if (lead.isTest()) {
            return 202;
        }
        HttpRequest forward = HttpRequest.newBuilder(crm).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LeadJson.defaults().writeBytes(lead))).build();
        try {
            int status = http.send(forward, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? 202 : 502;
        } catch (IOException e) {
            return 502;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        }
    }
}
