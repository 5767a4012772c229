package dev.leadkit.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; a package-private seam, so that retry tests take no real time. */
@FunctionalInterface
interface Sleeper {
    /** The real sleeper, {@link TimeUnit#sleep}. */
    Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

    /**
     * Blocks for the duration.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
