package dev.leadkit.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts. Inject a recording sleeper in tests so that retries take no real time.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Blocks for the duration.
     *
     * @param duration how long, zero or more
     * @throws InterruptedException if the thread is interrupted while waiting; the send then fails with
     *     {@link DeliveryFailedException.Reason#INTERRUPTED}
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The real sleeper, {@link TimeUnit#sleep}.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }
}
