package dev.leadkit.client;

import dev.leadkit.model.Lead;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One queued or running send on the client's pool. Its future always completes: with the result, with the
 * {@link LeadClientException}, or, if the task never runs, with the failure given to {@link #abandon}. Cancelling
 * the future interrupts the running delivery, which then aborts its exchange.
 */
final class SendTask implements Runnable {
    private final Lead lead;
    private final Function<Lead, SendResult> delivery;
    private final CompletableFuture<SendResult> future = new CompletableFuture<>();
    private Thread runner; // guarded by this: interrupts must never reach a thread that moved on

    SendTask(Lead lead, Function<Lead, SendResult> delivery) {
        this.lead = lead;
        this.delivery = delivery;
        future.whenComplete((result, failure) -> {
            if (future.isCancelled()) {
                interrupt();
            }
        });
    }

    Lead lead() {
        return lead;
    }

    CompletableFuture<SendResult> future() {
        return future;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (future.isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        try {
            future.complete(delivery.apply(lead));
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        } catch (Error e) {
            future.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                runner = null;
                Thread.interrupted(); // an interrupt meant for this send must not leak into the next task
            }
        }
    }

    /** Interrupts the delivery if it is running; it then fails with its attempts counted. */
    synchronized void interrupt() {
        if (runner != null) {
            runner.interrupt();
        }
    }

    /** Fails a task that will never run (the client closed, or a batch was interrupted before it started). */
    void abandon(LeadClientException failure) {
        synchronized (this) {
            if (runner != null) {
                return;
            }
            future.completeExceptionally(failure);
        }
    }
}
