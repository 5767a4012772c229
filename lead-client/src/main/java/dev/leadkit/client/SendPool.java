package dev.leadkit.client;

import dev.leadkit.client.Call.Stop;
import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.model.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a client owns, named {@code leadkit-client-<n>-...}, all daemons that end at close: the send pool
 * (its size is the concurrency limit of {@code sendAsync} and {@code sendAll}; extra sends wait in order; idle
 * threads end after seconds) and the one timer thread of the attempts' deadlines. The {@code HttpClient} keeps
 * its own default executor: handing it one of ours cost 15-20% of throughput at 4 and 16 threads in
 * {@code ClientBenchmark}.
 */
final class SendPool {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final long IDLE_SECONDS = 10;

    final String prefix = "leadkit-client-" + CLIENTS.incrementAndGet() + "-";
    /** Every thread started and maybe still alive, so that close can wait until they have ended. */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor sends;
    final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory("timer-"));

    SendPool(int maxConcurrency) {
        sends = new ThreadPoolExecutor(maxConcurrency, maxConcurrency, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory("send-"));
        sends.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
        // A no-op once a second stays at the head of the timer's queue, so an attempt's deadline (usually seconds
        // away) never becomes the head: scheduling and cancelling it then neither wakes the timer thread nor
        // waits for it. Without this, each send woke the thread and contended for the queue's lock with it:
        // 0.2-0.3x the bare client's throughput in ClientBenchmark.leadkit1 on two busy cores.
        timer.scheduleAtFixedRate(() -> { }, 1, 1, TimeUnit.SECONDS);
    }

    private ThreadFactory factory(String name) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + name + n.incrementAndGet());
            t.setDaemon(true);
            started.removeIf(old -> old.getState() == Thread.State.TERMINATED); // not NEW ones: not started yet
            started.add(t);
            return t;
        };
    }

    /** Queues a send of a lead; the future always completes, with exactly one result or failure. */
    CompletableFuture<SendResult> submit(Lead lead, Delivery delivery) {
        return submitTask(lead, delivery).future;
    }

    /** Sends a batch and waits for every lead's outcome; see {@link LeadClient#sendAll}. */
    List<SendOutcome> sendAll(List<Lead> batch, Delivery delivery) {
        List<Task> tasks = new ArrayList<>(batch.size());
        batch.forEach(lead -> tasks.add(submitTask(lead, delivery)));
        boolean interrupted = false;
        for (Task task : tasks) {
            while (!task.future.isDone()) {
                try {
                    task.future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    tasks.forEach(t -> t.abandon(Reason.INTERRUPTED));
                } catch (ExecutionException e) {
                    // done; the outcome is read below
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<SendOutcome> outcomes = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            try {
                outcomes.add(new SendOutcome.Delivered(task.lead, task.future.join()));
            } catch (CompletionException e) { // a Task fails its future with a LeadClientException only
                outcomes.add(new SendOutcome.Failed(task.lead, (LeadClientException) e.getCause()));
            }
        }
        return outcomes;
    }

    private Task submitTask(Lead lead, Delivery delivery) {
        Task task = new Task(lead, delivery);
        try {
            sends.execute(task);
        } catch (RejectedExecutionException e) {
            task.abandon(Reason.CLOSED);
        }
        return task;
    }

    /**
     * Stops sending: queued sends fail with CLOSED without being sent (running ones are stopped by
     * {@link Delivery#close()}), then waits, at most {@code bound} in all, until every thread of the client has
     * ended (not just finished its tasks: a pool reports termination a moment before its last thread dies).
     */
    void close(long boundNanos) {
        for (Runnable never : sends.shutdownNow()) {
            ((Task) never).abandon(Reason.CLOSED);
        }
        timer.shutdownNow();
        long end = System.nanoTime() + boundNanos;
        try {
            for (Thread t : started) {
                TimeUnit.NANOSECONDS.timedJoin(t, Math.max(1, end - System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One queued or running send. Its future completes exactly once: with the result, the
     * {@link LeadClientException} (any other exception becomes one, reason UNEXPECTED), or, if it never runs,
     * the failure given to {@link #abandon}. Cancelling the future stops the running send.
     */
    private static final class Task implements Runnable {
        final Lead lead;
        final CompletableFuture<SendResult> future = new CompletableFuture<>();
        private final Delivery delivery;
        private Call call; // guarded by this: null until it runs

        Task(Lead lead, Delivery delivery) {
            this.lead = lead;
            this.delivery = delivery;
            future.whenComplete((result, failure) -> {
                if (future.isCancelled()) {
                    stop(Stop.CANCELLED);
                }
            });
        }

        @Override
        public void run() {
            Call mine = delivery.newCall();
            synchronized (this) {
                if (future.isDone()) {
                    return;
                }
                call = mine;
            }
            try {
                future.complete(delivery.deliver(mine, lead, null));
            } catch (LeadClientException e) {
                future.completeExceptionally(e);
            } catch (Throwable e) { // an Error: the lead still gets its outcome
                future.completeExceptionally(delivery.unexpected(e, mine.attempts));
            }
        }

        /** Fails the task if it has not started; stops it if it runs. */
        void abandon(Reason reason) {
            synchronized (this) {
                if (call == null) {
                    if (!future.isDone()) {
                        future.completeExceptionally(delivery.notSent(reason));
                    }
                    return;
                }
            }
            stop(reason == Reason.CLOSED ? Stop.CLOSED : Stop.CANCELLED);
        }

        private synchronized void stop(Stop why) {
            if (call != null) {
                call.stop(why);
            }
        }
    }
}
