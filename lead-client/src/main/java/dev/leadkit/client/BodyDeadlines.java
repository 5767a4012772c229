package dev.leadkit.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Fires the deadlines of running exchanges from one shared daemon thread, {@code leadkit-body-deadlines}, started
 * with the first exchange: it checks every {@link #TICK_NANOS} while exchanges run and parks once none has run for
 * a second, like the JDK's own delay thread.
 *
 * <p>Why not {@code CompletableFuture.orTimeout}: that schedules and cancels a task on the JDK's shared delay
 * thread for every exchange and wakes that thread each time, which cost about 15 of the 210 microseconds of CPU a
 * loopback send takes. Here an exchange costs a set insertion and removal, with no lock and no wake-up while
 * sends keep coming, and a deadline fires at most one tick late.
 */
final class BodyDeadlines {
    /** How often running deadlines are checked: 10 ms. */
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(1);

    static final BodyDeadlines SHARED = new BodyDeadlines();

    /** One watched deadline; {@link #cancel()} it when the exchange is over. */
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
    private volatile boolean parked;
    private volatile Thread watcher;

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
        Thread t = watcher;
        if (t == null) {
            t = start();
        }
        // After the add: a watcher about to park either sees the watch or gets this unpark's permit.
        if (parked) {
            LockSupport.unpark(t);
        }
        return watch;
    }

    private synchronized Thread start() {
        if (watcher == null) {
            Thread t = new Thread(this::watchForever, "leadkit-body-deadlines");
            t.setDaemon(true);
            t.start();
            watcher = t;
        }
        return watcher;
    }

    private void watchForever() {
        long lastBusy = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            for (Watch watch : running) {
                if (now - watch.deadlineNanos >= 0 && running.remove(watch)) {
                    watch.onExpiry.run();
                }
            }
            if (!running.isEmpty()) {
                lastBusy = now;
                LockSupport.parkNanos(this, TICK_NANOS);
            } else if (now - lastBusy < LINGER_NANOS) {
                LockSupport.parkNanos(this, TICK_NANOS);
            } else {
                parked = true;
                if (running.isEmpty()) {
                    LockSupport.park(this);
                }
                parked = false;
                lastBusy = System.nanoTime();
            }
        }
    }
}
