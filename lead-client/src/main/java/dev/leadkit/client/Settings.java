package dev.leadkit.client;

import dev.leadkit.model.LeadJson;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** A {@link LeadClient}'s frozen configuration, checked by its builder. */
record Settings(Endpoint endpoint, Duration connectTimeout, Duration timeout, int maxAttempts,
        RetryPolicy retryPolicy, SSLContext sslContext, LeadJson.Naming naming, int maxConcurrency,
        boolean allowInsecurePlainHttp, Clock clock, Sleeper sleeper, LeadJson json) {
}
