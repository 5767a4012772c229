package dev.leadkit.client;

import dev.leadkit.model.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The threads a client owns, named {@code leadkit-client-<n>-...}: a bounded send pool (its size is the
 * concurrency limit of {@code sendAsync} and {@code sendAll}, extra sends wait in order) and the executor the
 * {@code HttpClient} runs its tasks on. Daemon threads that end after 30 idle seconds and at close.
 */
final class SendPool {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final long IDLE_SECONDS = 30;

    private final String prefix;
    /** Every thread started and maybe still alive, so that close can wait until they have ended. */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor sendPool;
    private final ExecutorService httpExecutor;
    /** Makes the failure of a lead that is never sent, from the reason and why. */
    private final BiFunction<DeliveryFailedException.Reason, String, DeliveryFailedException> notSent;

    SendPool(int maxConcurrency, BiFunction<DeliveryFailedException.Reason, String, DeliveryFailedException> notSent) {
        this.prefix = "leadkit-client-" + CLIENTS.incrementAndGet() + "-";
        this.sendPool = new ThreadPoolExecutor(maxConcurrency, maxConcurrency, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory(prefix + "send-"));
        this.sendPool.allowCoreThreadTimeOut(true);
        this.httpExecutor = Executors.newCachedThreadPool(factory(prefix + "http-"));
        this.notSent = notSent;
    }

    private ThreadFactory factory(String name) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, name + n.incrementAndGet());
            t.setDaemon(true);
            started.removeIf(old -> old.getState() == Thread.State.TERMINATED); // not NEW ones: not started yet
            started.add(t);
            return t;
        };
    }

    String prefix() {
        return prefix;
    }

    ExecutorService httpExecutor() {
        return httpExecutor;
    }

    /** Queues a send; its future always completes. */
    SendTask submit(Lead lead, Function<Lead, SendResult> delivery) {
        SendTask task = new SendTask(lead, delivery);
        try {
            sendPool.execute(task);
        } catch (RejectedExecutionException e) {
            task.abandon(notSent.apply(DeliveryFailedException.Reason.CLOSED, "the client was closed"));
        }
        return task;
    }

    /** Sends a batch and waits for every lead's outcome; see {@link LeadClient#sendAll}. */
    List<SendOutcome> sendAll(List<Lead> batch, Function<Lead, SendResult> delivery) {
        List<SendTask> tasks = new ArrayList<>(batch.size());
        batch.forEach(lead -> tasks.add(submit(lead, delivery)));
        boolean interrupted = false;
        for (SendTask task : tasks) {
            while (!task.future().isDone()) {
                try {
                    task.future().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    for (SendTask t : tasks) {
                        t.abandon(notSent.apply(DeliveryFailedException.Reason.INTERRUPTED,
                                "the batch was interrupted"));
                        t.interrupt();
                    }
                } catch (ExecutionException e) {
                    // done; the outcome is read below
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<SendOutcome> outcomes = new ArrayList<>(tasks.size());
        tasks.forEach(task -> outcomes.add(outcome(task)));
        return outcomes;
    }

    private static SendOutcome outcome(SendTask task) {
        try {
            return new SendOutcome.Delivered(task.lead(), task.future().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof LeadClientException failure) {
                return new SendOutcome.Failed(task.lead(), failure);
            }
            throw e; // a bug, not a delivery failure: do not disguise it
        }
    }

    /** Stops sending: running sends are interrupted, queued ones fail without being sent. */
    void stopSending() {
        for (Runnable never : sendPool.shutdownNow()) {
            ((SendTask) never).abandon(notSent.apply(DeliveryFailedException.Reason.CLOSED,
                    "the client was closed"));
        }
    }

    /**
     * Stops the HTTP executor and waits, at most 10 seconds in all, until every thread of both pools has ended
     * (not just finished its tasks: a pool reports termination a moment before its last thread dies).
     */
    void awaitStopped() {
        httpExecutor.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            sendPool.awaitTermination(10, TimeUnit.SECONDS);
            httpExecutor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            for (Thread t : started) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
