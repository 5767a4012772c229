package dev.leadkit.testing;

/**
 * Chooses the answer of a {@link MockLeadEndpoint} to each request, after the request has been read in full: a
 * function from {@link RecordedRequest} to {@link MockResponse}. By default an endpoint answers from its script
 * ({@link MockLeadEndpoint#enqueue}); set a dispatcher to answer by content instead.
 *
 * <pre>{@code
 * Set<String> seen = ConcurrentHashMap.newKeySet();
 * endpoint.dispatcher(request -> seen.add(request.bodyText()) ? MockResponse.of(202) : MockResponse.of(409));
 * }</pre>
 *
 * <p>The endpoint calls {@link #dispatch} once for each well-formed request, on that request's connection thread,
 * so a dispatcher used by concurrent clients must be thread-safe. Requests the endpoint refuses (malformed or over
 * a limit) are recorded but never dispatched. A dispatcher may block; closing the endpoint interrupts it.
 */
@FunctionalInterface
public interface Dispatcher {
    /**
     * Answers one request.
     *
     * @param request the request as recorded, read in full
     * @return the answer; a {@link MockResponse.Disconnect#BEFORE_REQUEST} answer here resets the connection
     *     without answering, as {@link MockResponse.Disconnect#AFTER_REQUEST} does, since the request is read
     * @throws RuntimeException to fail the exchange: the endpoint answers 500 and closes the connection
     */
    MockResponse dispatch(RecordedRequest request);

    /**
     * An early look at the next answer, taken when a request starts to arrive and before it is read: if it is
     * {@link MockResponse#dropBeforeRequest()}, the endpoint resets the connection without reading the request
     * or calling {@link #dispatch}. The look does not take the answer.
     *
     * @return the next answer as far as it is known; by default {@link MockResponse#ACCEPTED}, which reads
     *     every request
     */
    default MockResponse peek() {
        return MockResponse.ACCEPTED;
    }
}
