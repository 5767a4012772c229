package dev.leadkit.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop a batch early, from SIGINT or SIGTERM (a shutdown hook) or an interrupt of the thread that
 * runs the batch. The hook sets the request, interrupts that thread and holds the JVM's exit until the batch has
 * booked every lead ({@link #done()}), for at most the given time. Thread-safe.
 */
final class Stop {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private Thread hook;

    private Stop() {
    }

    /**
     * Starts listening for SIGINT and SIGTERM on behalf of the calling thread.
     *
     * @param maxWait how long a signal may hold the JVM's exit for the batch to end
     */
    static Stop onSignals(Duration maxWait) {
        Stop stop = new Stop();
        Thread worker = Thread.currentThread();
        stop.hook = new Thread(() -> {
            stop.requested.set(true);
            worker.interrupt();
            try {
                stop.finished.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lead-send-stop");
        try {
            Runtime.getRuntime().addShutdownHook(stop.hook);
        } catch (IllegalStateException shuttingDown) {
            stop.requested.set(true);
        }
        return stop;
    }

    /** Whether a stop was asked for. */
    boolean requested() {
        return requested.get();
    }

    /** Asks for a stop: the batch saw its thread interrupted. */
    void request() {
        requested.set(true);
    }

    /** The batch has booked every lead: a signal's exit may go on; no more listening. */
    void done() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it returns now that the batch is done
        }
    }
}
