package dev.leadkit.receiver;

import java.util.concurrent.TimeUnit;

/** Counts requests in progress; once closed, lets none in and waits for the rest to leave. */
final class Gate {
    private int inside;
    private boolean closed;

    synchronized boolean enter() {
        if (closed) {
            return false;
        }
        inside++;
        return true;
    }

    synchronized void exit() {
        if (--inside == 0) {
            notifyAll();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Closes, then waits up to {@code nanos} for the requests inside to leave; true if they all did. */
    synchronized boolean closeAndAwait(long nanos) throws InterruptedException {
        closed = true;
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; inside > 0 && left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return inside == 0;
    }
}
