package dev.leadkit.client;

import dev.leadkit.model.LeadJson;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * A {@link LeadClient}'s frozen configuration, checked by its builder. {@code validator} is a
 * {@code dev.leadkit.schema.LeadValidator} or null, typed {@code Object} so that lead-schema stays optional.
 */
record Settings(Endpoint endpoint, Duration connectTimeout, Duration timeout, int maxAttempts,
        RetryPolicy retryPolicy, SSLContext sslContext, LeadJson.Naming naming, int maxConcurrency,
        boolean allowInsecurePlainHttp, Clock clock, Sleeper sleeper, LeadJson json, Object validator) {
}
