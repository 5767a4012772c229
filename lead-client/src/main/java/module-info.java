/**
 * Posts marketplace leads to an HTTPS endpoint with {@link dev.leadkit.client.LeadClient}: deadlines, safe
 * retries, bounded batches, and the endpoint URL (a secret) kept out of messages and logs.
 */
module dev.leadkit.client {
    requires transitive dev.leadkit.model;
    requires java.net.http;
    requires static dev.leadkit.schema;

    exports dev.leadkit.client;
}
