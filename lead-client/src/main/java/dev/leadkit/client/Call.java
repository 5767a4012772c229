package dev.leadkit.client;

/**
 * One send in progress on one thread, and the only way anything else may interrupt that thread: only while it is
 * {@linkplain #arm() armed} (in an exchange or a wait between attempts), at most once per arming, and the flag is
 * cleared again by {@link #disarm()}, so an interrupt meant for this send never reaches the caller's code or the
 * next task of a pool thread. Arm and disarm in {@code try/finally}.
 */
final class Call {
    /** What stopped the call or its current step. CLOSED and CANCELLED end the call; the others one attempt. */
    enum Stop { NONE, DEADLINE, CAPPED, CANCELLED, CLOSED }

    final long id;
    /** Attempts started so far; read and written only by the call's own thread. */
    int attempts;
    private final Thread thread;
    private boolean armed; // all guarded by this
    private boolean interrupted;
    private Stop step = Stop.NONE;
    private Stop end = Stop.NONE;

    Call(long id) {
        this.id = id;
        this.thread = Thread.currentThread();
    }

    /** Stops the call (CLOSED, CANCELLED: for good) or its current step (DEADLINE, CAPPED: only if armed). */
    synchronized void stop(Stop why) {
        if (why == Stop.CLOSED || why == Stop.CANCELLED) {
            if (end == Stop.NONE) {
                end = why;
            }
        } else if (armed && step == Stop.NONE) {
            step = why;
        } else {
            return;
        }
        if (armed && !interrupted) {
            interrupted = true;
            thread.interrupt(); // inside the lock: disarm cannot run between the decision and the interrupt
        }
    }

    /** Allows interrupts until {@link #disarm()}; returns false, unarmed, if the call was already ended. */
    synchronized boolean arm() {
        if (end != Stop.NONE) {
            return false;
        }
        armed = true;
        step = Stop.NONE;
        return true;
    }

    /** Ends the armed step, clears an interrupt it caused, and says what stopped it, if anything. */
    synchronized Stop disarm() {
        armed = false;
        if (interrupted) {
            interrupted = false;
            Thread.interrupted(); // ours, not the caller's
        }
        return end != Stop.NONE ? end : step;
    }

    /** What ended the call for good, or NONE. */
    synchronized Stop end() {
        return end;
    }
}
