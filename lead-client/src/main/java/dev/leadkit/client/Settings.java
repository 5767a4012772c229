package dev.leadkit.client;

import dev.leadkit.model.LeadJson;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLContext;

/**
 * A {@link LeadClient}'s frozen configuration, checked by its builder. {@code validator} is a
 * {@code dev.leadkit.schema.LeadValidator} or null, typed {@code Object} so that lead-schema stays optional.
 */
record Settings(Endpoint endpoint, Duration connectTimeout, Duration attemptTimeout, RetryPolicy retryPolicy,
        SSLContext sslContext, LeadJson.Naming naming, int maxConcurrency, boolean allowInsecurePlainHttp,
        boolean revealEndpointPath, SendListener listener, Object validator, Seams seams) {

    /**
     * What tests replace, never public: the clock that reads {@code Retry-After} dates, what waits between
     * attempts, the nanosecond ticker of the call budget, and what makes the {@code HttpClient}.
     */
    record Seams(Clock clock, Sleeper sleeper, LongSupplier ticker, Function<HttpClient.Builder, HttpClient> http) {
        static final Seams SYSTEM = new Seams(Clock.systemUTC(), Sleeper.SYSTEM, System::nanoTime,
                HttpClient.Builder::build);
    }

    /** Waits between attempts. */
    @FunctionalInterface
    interface Sleeper {
        /** The real sleeper. */
        Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

        void sleep(Duration duration) throws InterruptedException;
    }
}
