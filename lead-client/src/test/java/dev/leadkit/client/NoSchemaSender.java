package dev.leadkit.client;

import dev.leadkit.model.Lead;
import java.net.URI;

/** A send written as a user would, without a validator; {@link PreSendValidationTest} runs it without lead-schema. */
public final class NoSchemaSender {
    private NoSchemaSender() {
    }

    /**
     * Sends one lead.
     *
     * @param endpoint where to
     * @return the status
     */
    public static int send(URI endpoint) {
        try (LeadClient client = LeadClient.builder().endpoint(endpoint).build()) {
            return client.send(Lead.builder().actionCode("INS").build()).statusCode();
        }
    }
}
