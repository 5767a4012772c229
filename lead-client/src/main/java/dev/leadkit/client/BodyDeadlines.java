package dev.leadkit.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires the body deadlines of running exchanges from one shared daemon thread, {@code leadkit-body-deadlines},
 * that checks every {@link #TICK_NANOS} while exchanges run, lingers a second after the last one, then ends (the
 * next exchange starts it again).
 *
 * <p>Why not {@code CompletableFuture.orTimeout}: that schedules and cancels a task on the JDK's shared delay
 * thread for every exchange and wakes that thread each time, which cost about 15 of the 210 microseconds of CPU a
 * loopback send takes. Here an exchange costs a set insertion and removal, and a deadline fires at most one tick
 * late.
 */
final class BodyDeadlines {
    /** How often running deadlines are checked: 10 ms. */
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);

    static final BodyDeadlines SHARED = new BodyDeadlines();

    /** One watched deadline; {@link #cancel()} it when the body is complete. */
    final class Watch {
        private final long deadlineNanos;
        private final Runnable onExpiry;

        private Watch(long deadlineNanos, Runnable onExpiry) {
            this.deadlineNanos = deadlineNanos;
            this.onExpiry = onExpiry;
        }

        /**
         * Stops watching.
         *
         * @return true if the deadline had not fired; false if it fired (or is firing) first
         */
        boolean cancel() {
            return running.remove(this);
        }
    }

    private final Set<Watch> running = ConcurrentHashMap.newKeySet();
    private Thread thread; // guarded by this

    private BodyDeadlines() {
    }

    /**
     * Watches a deadline.
     *
     * @param deadlineNanos when, in {@link System#nanoTime()} terms
     * @param onExpiry run once on the watcher thread if the deadline passes before {@link Watch#cancel()}
     * @return the watch
     */
    Watch watch(long deadlineNanos, Runnable onExpiry) {
        Watch watch = new Watch(deadlineNanos, onExpiry);
        running.add(watch);
        ensureWatching(); // after the add: a thread that is stopping either sees the watch or lets a new one start
        return watch;
    }

    private synchronized void ensureWatching() {
        if (thread == null) {
            thread = new Thread(this::watchUntilIdle, "leadkit-body-deadlines");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void watchUntilIdle() {
        long idleSince = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            for (Watch watch : running) {
                if (now - watch.deadlineNanos >= 0 && running.remove(watch)) {
                    watch.onExpiry.run();
                }
            }
            if (!running.isEmpty()) {
                idleSince = now;
            } else if (now - idleSince > LINGER_NANOS && stopIfStillIdle()) {
                return;
            }
            LockSupport.parkNanos(this, TICK_NANOS);
        }
    }

    /** Ends the thread unless a watch arrived meanwhile; {@link #watch} holds the same lock to start a new one. */
    private synchronized boolean stopIfStillIdle() {
        if (!running.isEmpty()) {
            return false;
        }
        thread = null;
        return true;
    }
}
