package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.client.DeliveryFailedException.Reason;
import dev.leadkit.client.Settings.Sleeper;
import dev.leadkit.testing.MockLeadEndpoint;
import dev.leadkit.testing.MockResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} fails every send that was not delivered with CLOSED, synchronous ones included, within
 * {@link LeadClient#CLOSE_TIMEOUT}, and the endpoint sees exactly the requests that were really sent.
 */
class CloseTest {
    private static final long BOUND_MILLIS = LeadClient.CLOSE_TIMEOUT.toMillis();

    private final MockLeadEndpoint endpoint = MockLeadEndpoint.startHttp();
    private final ExecutorService caller = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        caller.shutdownNow();
        endpoint.close();
    }

    /** What a synchronous send on the caller thread came to, and whether it left that thread interrupted. */
    private record Ended(LeadClientException failure, boolean interruptedAfter) {
    }

    private Future<Ended> sendOnCaller(LeadClient client) {
        return caller.submit(() -> {
            try {
                client.send(Harness.LEAD);
                return new Ended(null, Thread.currentThread().isInterrupted());
            } catch (LeadClientException e) {
                return new Ended(e, Thread.currentThread().isInterrupted());
            }
        });
    }

    @Test
    void closeDuringABackoffFailsASynchronousSendWithoutTheRetry() throws Exception {
        endpoint.enqueue(MockResponse.of(503), MockResponse.of(202));
        CountDownLatch waiting = new CountDownLatch(1);
        Sleeper blocksUntilInterrupted = duration -> {
            waiting.countDown();
            TimeUnit.MINUTES.sleep(10); // not timing: a wait only close() can end
        };
        LeadClient client = Harness.client(endpoint, blocksUntilInterrupted).build();
        Future<Ended> send = sendOnCaller(client);
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        Ended ended = closeAndExpectClosedAfterOneAttempt(client, send);
        assertThat(ended.failure()).hasMessageContaining("the client was closed");
        assertThat(endpoint.requestCount()).as("the retry was never sent").isEqualTo(1);
    }

    @Test
    void closeDuringAnExchangeFailsASynchronousSendAtOnce() throws Exception {
        endpoint.respondByDefault(MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build());
        LeadClient client = Harness.client(endpoint, new RecordingSleeper()).attemptTimeout(Duration.ofMinutes(5))
                .build();
        Future<Ended> send = sendOnCaller(client);
        endpoint.takeRequest(); // the exchange is in flight

        closeAndExpectClosedAfterOneAttempt(client, send);
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    /**
     * Closes the client while its one send is stopped in its first attempt or wait, and checks that the send
     * failed CLOSED within the bound after that one attempt, with no interrupt left on its thread.
     */
    private static Ended closeAndExpectClosedAfterOneAttempt(LeadClient client, Future<Ended> send)
            throws Exception {
        long start = System.nanoTime();
        client.close();
        Ended ended = send.get(BOUND_MILLIS, TimeUnit.MILLISECONDS);

        assertThat(Harness.millisSince(start)).isLessThan(BOUND_MILLIS);
        assertThat(ended.failure()).isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CLOSED);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(ended.interruptedAfter()).as("close's interrupt stays inside the send").isFalse();
        return ended;
    }

    @Test
    void closeFailsRunningAndQueuedAsyncSendsAndTellsTheListener() {
        endpoint.respondByDefault(MockResponse.builder().headersDelay(Duration.ofMinutes(10)).build());
        RecordingListener listener = new RecordingListener();
        LeadClient client = Harness.client(endpoint, new RecordingSleeper()).maxConcurrency(1)
                .attemptTimeout(Duration.ofMinutes(5)).listener(listener).build();
        CompletableFuture<SendResult> running = client.sendAsync(Harness.LEAD);
        CompletableFuture<SendResult> queued = client.sendAsync(Harness.LEAD);
        endpoint.takeRequest();

        long start = System.nanoTime();
        client.close();

        assertThat(Harness.millisSince(start)).isLessThan(BOUND_MILLIS);
        assertThatThrownBy(running::join).cause().isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CLOSED);
            assertThat(e.attempts()).isEqualTo(1);
        });
        assertThatThrownBy(queued::join).cause().isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CLOSED);
            assertThat(e.attempts()).isZero();
            assertThat(e.getMessage()).endsWith("the client was closed before it was sent");
        });
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(listener.outcomes()).extracting(SendListener.Outcome::outcome)
                .containsExactlyInAnyOrder("CLOSED", "CLOSED");
        assertThatThrownBy(() -> client.sendAsync(Harness.LEAD)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeDuringABackoffFailsAnAsyncSendWithoutTheRetry() throws Exception {
        endpoint.enqueue(MockResponse.of(503), MockResponse.of(202));
        CountDownLatch waiting = new CountDownLatch(1);
        Sleeper blocksUntilInterrupted = duration -> {
            waiting.countDown();
            TimeUnit.MINUTES.sleep(10);
        };
        LeadClient client = Harness.client(endpoint, blocksUntilInterrupted).build();
        CompletableFuture<SendResult> send = client.sendAsync(Harness.LEAD);
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

        client.close();

        assertThatThrownBy(() -> send.get(BOUND_MILLIS, TimeUnit.MILLISECONDS)).cause()
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CLOSED);
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    @Test
    void closeIsIdempotentAndQuickWhenIdle() {
        LeadClient client = Harness.client(endpoint, new RecordingSleeper()).build();
        client.send(Harness.LEAD);

        long start = System.nanoTime();
        client.close();
        client.close();

        assertThat(Harness.millisSince(start)).isLessThan(BOUND_MILLIS);
        assertThat(client.toString()).endsWith(", closed]");
    }
}
