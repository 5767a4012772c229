package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class BodyDeadlinesTest {

    @Test
    void firesOnceAfterTheDeadlineAndCancelSaysSo() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        long start = System.nanoTime();

        BodyDeadlines.Watch watch = BodyDeadlines.SHARED.watch(start + TimeUnit.MILLISECONDS.toNanos(50), () -> {
            runs.incrementAndGet();
            fired.countDown();
        });

        assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(watch.cancel()).as("cancel after it fired").isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCancelledWatchNeverFires() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        BodyDeadlines.Watch watch = BodyDeadlines.SHARED.watch(
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30), fired::countDown);

        assertThat(watch.cancel()).isTrue();
        assertThat(fired.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void theWatcherParksWhenIdleAndWakesForTheNextDeadline() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        BodyDeadlines.SHARED.watch(System.nanoTime(), first::countDown);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();

        Thread watcher = watcherThread();
        assertThat(watcher).isNotNull();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watcher.getState() != Thread.State.WAITING && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // polling for a state, not timing anything
        }
        assertThat(watcher.getState()).as("parked without a timeout once idle").isEqualTo(Thread.State.WAITING);

        CountDownLatch second = new CountDownLatch(1);
        BodyDeadlines.SHARED.watch(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), second::countDown);
        assertThat(second.await(5, TimeUnit.SECONDS)).as("woken for the next deadline").isTrue();
        assertThat(watcherThread()).isSameAs(watcher);
    }

    private static Thread watcherThread() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("leadkit-body-deadlines")) {
                return t;
            }
        }
        return null;
    }
}
