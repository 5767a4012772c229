package dev.leadkit.receiver;

import dev.leadkit.model.Lead;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where accepted leads go: the embedded {@link JsonLinesSink}, or your own (a database table, a queue, a CRM call),
 * which is how an endpoint scales out behind a load balancer. A {@link LeadEndpoint} acknowledges a lead with 202
 * only after {@link #storeAsync} completed normally, and answers 503 (send again later) when it failed; by default
 * that is {@link #store}, called on a thread that may block.
 *
 * <p>Implementations must be thread-safe: an endpoint calls {@link #store} from many threads at once.
 */
@FunctionalInterface
public interface LeadSink {
    /**
     * Stores one accepted lead and returns only once it is durable: once it survives whatever the sink promises to
     * survive (a {@link JsonLinesSink} promises a kill of the process and, as far as the disk honours a flush, a
     * crash of the machine). May block.
     *
     * @param lead the lead, as read and checked; never null
     * @throws IOException if the lead may not be durable: the caller must not acknowledge it
     */
    void store(Lead lead) throws IOException;

    /**
     * Stores one accepted lead; the stage completes normally only once the lead is durable, as for {@link #store}.
     * A sink that can wait for durability without holding the calling thread (a {@link JsonLinesSink} does)
     * overrides this; the default calls {@link #store} on the calling thread, which may block.
     *
     * @param lead the lead, as read and checked; never null
     * @return a stage that completes when the lead is durable, or exceptionally (usually with an
     *     {@link IOException}) if it may not be: then the caller must not acknowledge it
     */
    default CompletionStage<Void> storeAsync(Lead lead) {
        try {
            store(lead);
            return CompletableFuture.completedFuture(null);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Whether the sink takes leads now, for a health check. A sink that refuses every lead until someone repairs
     * it (a {@link JsonLinesSink} after an I/O error) answers false; one that may fail per lead answers true.
     *
     * @return true by default
     */
    default boolean isAccepting() {
        return true;
    }
}
