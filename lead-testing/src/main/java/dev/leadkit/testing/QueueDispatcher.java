package dev.leadkit.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The default {@link Dispatcher}: answers with the scripted responses in order, then with the default response.
 * Thread-safe.
 */
final class QueueDispatcher implements Dispatcher {
    private final Deque<MockResponse> script = new ArrayDeque<>();
    private MockResponse defaultResponse = MockResponse.ACCEPTED;

    synchronized void enqueue(MockResponse response) {
        script.add(Objects.requireNonNull(response, "response"));
    }

    synchronized void respondByDefault(MockResponse response) {
        defaultResponse = Objects.requireNonNull(response, "response");
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        MockResponse next = script.poll();
        return next == null ? defaultResponse : next;
    }

    @Override
    public synchronized MockResponse peek() {
        MockResponse next = script.peek();
        return next == null ? defaultResponse : next;
    }

    /**
     * Takes the next answer if it drops the connection before the request is read; in one step, so that two
     * connections arriving together cannot both act on one scripted drop.
     *
     * @return whether the connection is to be dropped
     */
    synchronized boolean takeDropBeforeRequest() {
        MockResponse next = peek();
        if (next.disconnect() != MockResponse.Disconnect.BEFORE_REQUEST) {
            return false;
        }
        script.poll(); // a no-op if it is the default response
        return true;
    }
}
