/**
 * Posts marketplace leads to an HTTPS endpoint with {@link dev.leadkit.client.LeadClient}: deadlines, safe
 * retries within a call budget, bounded batches, a prompt {@code close()}, a listener to count and time sends,
 * and the endpoint URL (a secret in its query and path) kept out of messages and logs.
 */
module dev.leadkit.client {
    requires transitive dev.leadkit.model;
    requires java.net.http;
    requires com.fasterxml.jackson.core; // only to summarise problem+json answers
    requires static dev.leadkit.schema;

    exports dev.leadkit.client;
}
