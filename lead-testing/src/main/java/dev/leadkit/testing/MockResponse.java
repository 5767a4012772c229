package dev.leadkit.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One scripted answer of a {@link MockLeadEndpoint}: a status, headers and a body, optionally delivered slowly
 * (a delay before the headers, a throttled body, a stall in the middle of the body) or not at all (the connection
 * is reset before or after the request is read).
 *
 * <p>Header names are matched without regard to case, as HTTP does, and a name may have several values; they are
 * sent in the order they were added, with the name as spelled. The endpoint adds {@code Content-Length} itself,
 * from the body. Immutable and thread-safe.
 *
 * <pre>{@code
 * endpoint.enqueue(MockResponse.builder().status(429).setHeader("Retry-After", "2").build());
 * endpoint.enqueue(MockResponse.builder().status(200).body("{\"ok\":true}").throttleBody(4, Duration.ofMillis(50))
 *         .build());
 * endpoint.enqueue(MockResponse.builder().status(200).body("{\"ok\":true}").stallBodyAfter(5).build());
 * endpoint.enqueue(MockResponse.dropAfterRequest());
 * }</pre>
 */
public final class MockResponse {
    /** Whether and when the endpoint resets the connection instead of answering. */
    public enum Disconnect {
        /** Answer normally. */
        NONE,
        /** Reset the connection (TCP RST, no TLS close) as soon as a request starts to arrive, without reading it. */
        BEFORE_REQUEST,
        /** Read and record the whole request, then reset the connection without answering. */
        AFTER_REQUEST
    }

    /** The answer the endpoint gives when nothing is enqueued: {@code 202 Accepted}, empty body. */
    public static final MockResponse ACCEPTED = of(202);

    private final int status;
    private final List<HeaderField> fields;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Duration headersDelay;
    private final int stallAfterBytes;
    private final Duration stallDuration;
    private final int throttleBytes;
    private final Duration throttlePeriod;
    private final Disconnect disconnect;

    private MockResponse(Builder b) {
        status = b.status;
        fields = List.copyOf(b.fields);
        TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        fields.forEach(f -> byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.value()));
        byName.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(byName);
        body = b.body.clone();
        headersDelay = b.headersDelay;
        stallAfterBytes = b.stallAfterBytes;
        stallDuration = b.stallDuration;
        throttleBytes = b.throttleBytes;
        throttlePeriod = b.throttlePeriod;
        disconnect = b.disconnect;
    }

    /** One header line as sent: the name as spelled and one value. */
    record HeaderField(String name, String value) {
    }

    /**
     * An answer with a status and no body.
     *
     * @param status the status code, 200 to 599
     * @return the response
     * @throws IllegalArgumentException for a status outside 200 to 599
     */
    public static MockResponse of(int status) {
        return builder().status(status).build();
    }

    /**
     * An answer with a status and a UTF-8 text body (sent as {@code text/plain; charset=utf-8}).
     *
     * @param status the status code, 200 to 599
     * @param body the body text
     * @return the response
     * @throws IllegalArgumentException for a status outside 200 to 599, or a status that has no body
     */
    public static MockResponse of(int status, String body) {
        return builder().status(status).header("Content-Type", "text/plain; charset=utf-8").body(body).build();
    }

    /**
     * A redirect: the status and a {@code Location} header.
     *
     * @param status a 3xx status such as 302, 307 or 308
     * @param location the target, sent as is
     * @return the response
     * @throws IllegalArgumentException if the status is not a 3xx redirect status
     */
    public static MockResponse redirect(int status, String location) {
        if (status < 300 || status > 399 || status == 304) {
            throw new IllegalArgumentException("status must be a 3xx redirect status: " + status);
        }
        return builder().status(status).header("Location", Objects.requireNonNull(location, "location")).build();
    }

    /**
     * Resets the connection as soon as a request starts to arrive, without reading it.
     *
     * @return the response
     */
    public static MockResponse dropBeforeRequest() {
        return builder().disconnect(Disconnect.BEFORE_REQUEST).build();
    }

    /**
     * Reads and records the request, then resets the connection without answering.
     *
     * @return the response
     */
    public static MockResponse dropAfterRequest() {
        return builder().disconnect(Disconnect.AFTER_REQUEST).build();
    }

    /**
     * Starts a response: 202, no headers, empty body, no delay, no stall, no disconnect.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this response's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().status(status).body(body).headersDelay(headersDelay).disconnect(disconnect);
        b.fields.addAll(fields);
        b.stallAfterBytes = stallAfterBytes;
        b.stallDuration = stallDuration;
        b.throttleBytes = throttleBytes;
        b.throttlePeriod = throttlePeriod;
        return b;
    }

    /** {@return the status code} */
    public int status() {
        return status;
    }

    /**
     * All headers, without {@code Content-Length}: every value of each name, in the order added.
     *
     * @return an unmodifiable map whose lookups ignore case; its keys are in case-insensitive order, not the order
     *     the headers are sent
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Every value of one header.
     *
     * @param name the header name, any case
     * @return the values in the order added; empty if the header is not set
     */
    public List<String> headers(String name) {
        return headers.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty if the header is not set
     */
    public Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The header lines in the order they are sent. */
    List<HeaderField> fields() {
        return fields;
    }

    /** {@return a copy of the body bytes} */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyUnsafe() {
        return body;
    }

    /** {@return how long the endpoint waits after reading the request before it sends the headers} */
    public Duration headersDelay() {
        return headersDelay;
    }

    /** {@return after how many body bytes the endpoint stalls once, or -1 for no such stall} */
    public int stallAfterBytes() {
        return stallAfterBytes;
    }

    /** {@return how long a stall lasts; empty means until the endpoint is closed, or no stall} */
    public Optional<Duration> stallDuration() {
        return Optional.ofNullable(stallDuration);
    }

    /** {@return how many body bytes the endpoint sends between two pauses of a throttled body, or -1 for none} */
    public int throttleBytes() {
        return throttleBytes;
    }

    /** {@return how long each pause of a throttled body lasts; empty if the body is not throttled} */
    public Optional<Duration> throttlePeriod() {
        return Optional.ofNullable(throttlePeriod);
    }

    Duration stallDurationOrNull() {
        return stallDuration;
    }

    /** {@return whether and when the connection is reset instead of answered} */
    public Disconnect disconnect() {
        return disconnect;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MockResponse r && status == r.status && fields.equals(r.fields)
                && Arrays.equals(body, r.body) && headersDelay.equals(r.headersDelay)
                && stallAfterBytes == r.stallAfterBytes && Objects.equals(stallDuration, r.stallDuration)
                && throttleBytes == r.throttleBytes && Objects.equals(throttlePeriod, r.throttlePeriod)
                && disconnect == r.disconnect;
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, fields, Arrays.hashCode(body), headersDelay, stallAfterBytes, stallDuration,
                throttleBytes, throttlePeriod, disconnect);
    }

    @Override
    public String toString() {
        if (disconnect != Disconnect.NONE) {
            return "MockResponse[disconnect=" + disconnect + "]";
        }
        return "MockResponse[status=" + status + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes, headersDelay=" + headersDelay + ", stallAfterBytes=" + stallAfterBytes
                + ", stallDuration=" + (stallDuration == null ? "until closed" : stallDuration)
                + (throttleBytes < 0 ? "" : ", throttle=" + throttleBytes + " bytes per " + throttlePeriod) + "]";
    }

    /** Builds a {@link MockResponse}. Not thread-safe. */
    public static final class Builder {
        private int status = 202;
        private final List<HeaderField> fields = new ArrayList<>();
        private byte[] body = new byte[0];
        private Duration headersDelay = Duration.ZERO;
        private int stallAfterBytes = -1;
        private Duration stallDuration;
        private int throttleBytes = -1;
        private Duration throttlePeriod;
        private Disconnect disconnect = Disconnect.NONE;

        private Builder() {
        }

        /**
         * Sets the status code.
         *
         * @param status 200 to 599 (a 1xx is not a final answer)
         * @return this builder
         * @throws IllegalArgumentException for a status outside 200 to 599
         */
        public Builder status(int status) {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("status must be between 200 and 599: " + status);
            }
            this.status = status;
            return this;
        }

        /**
         * Sets a header, such as {@code Retry-After}: the same as {@link #setHeader(String, String)}.
         *
         * @param name the header name; not {@code Content-Length} or {@code Transfer-Encoding}, which the
         *     endpoint sets
         * @param value the value, without CR or LF
         * @return this builder
         * @throws IllegalArgumentException for a header the endpoint sets, or a name or value that would break
         *     the response framing
         */
        public Builder header(String name, String value) {
            return setHeader(name, value);
        }

        /**
         * Replaces every value of a header, whatever the case of its name, with one value.
         *
         * @param name the header name; not {@code Content-Length} or {@code Transfer-Encoding}, which the
         *     endpoint sets
         * @param value the value, without CR or LF
         * @return this builder
         * @throws IllegalArgumentException for a header the endpoint sets, or a name or value that would break
         *     the response framing
         */
        public Builder setHeader(String name, String value) {
            checkHeader(name, value);
            removeHeader(name);
            fields.add(new HeaderField(name, value));
            return this;
        }

        /**
         * Adds a value to a header, after any it already has: sent as one more header line.
         *
         * @param name the header name; not {@code Content-Length} or {@code Transfer-Encoding}, which the
         *     endpoint sets
         * @param value the value, without CR or LF
         * @return this builder
         * @throws IllegalArgumentException for a header the endpoint sets, or a name or value that would break
         *     the response framing
         */
        public Builder addHeader(String name, String value) {
            checkHeader(name, value);
            fields.add(new HeaderField(name, value));
            return this;
        }

        /**
         * Removes every value of a header, whatever the case of its name; nothing happens if it is not set.
         *
         * @param name the header name, any case
         * @return this builder
         */
        public Builder removeHeader(String name) {
            Objects.requireNonNull(name, "name");
            fields.removeIf(f -> f.name().equalsIgnoreCase(name));
            return this;
        }

        private static void checkHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-length") || lower.equals("transfer-encoding")) {
                throw new IllegalArgumentException("name must not be a framing header the endpoint sets: " + name);
            }
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
                throw new IllegalArgumentException("name must be a non-empty header token: \"" + name + "\"");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("value of header " + name + " must not contain CR or LF");
            }
        }

        /**
         * Sets the body as UTF-8 text.
         *
         * @param body the text
         * @return this builder
         */
        public Builder body(String body) {
            return body(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Sets the body bytes; copied.
         *
         * @param body the bytes
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = Objects.requireNonNull(body, "body").clone();
            return this;
        }

        /**
         * Waits before sending the headers, after the request has been read. The wait ends early, without an
         * answer, when the endpoint closes.
         *
         * @param delay the delay, zero or more
         * @return this builder
         * @throws IllegalArgumentException for a negative delay
         */
        public Builder headersDelay(Duration delay) {
            this.headersDelay = nonNegative(delay, "headersDelay");
            return this;
        }

        /**
         * Sends the headers and the first {@code bytes} of the body, then sends nothing more until the endpoint
         * closes: a server that stalls mid-body. Replaces any throttle.
         *
         * @param bytes how many body bytes to send first, 0 or more and less than the body length
         * @return this builder
         * @throws IllegalArgumentException for a negative count (the body length is checked by {@link #build()})
         */
        public Builder stallBodyAfter(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("bytes must be >= 0: " + bytes);
            }
            this.stallAfterBytes = bytes;
            this.stallDuration = null;
            this.throttleBytes = -1;
            this.throttlePeriod = null;
            return this;
        }

        /**
         * Sends the headers and the first {@code bytes} of the body, waits once, then sends the rest. Replaces any
         * throttle. For a body of at most {@code 2 * bytes} (and {@code bytes} of 1 or more) this is
         * {@link #throttleBody(int, Duration) throttleBody(bytes, duration)}.
         *
         * @param bytes how many body bytes to send first, 0 or more and less than the body length
         * @param duration how long to stall; the stall ends early, without the rest, when the endpoint closes
         * @return this builder
         * @throws IllegalArgumentException for a negative count or duration
         */
        public Builder stallBodyAfter(int bytes, Duration duration) {
            Duration checked = nonNegative(duration, "duration");
            stallBodyAfter(bytes);
            this.stallDuration = checked;
            return this;
        }

        /**
         * Sends the body {@code bytes} at a time with a pause of {@code period} after each part but the last:
         * a slow or congested server. The headers go out at once (after any {@link #headersDelay(Duration)}); a
         * pause ends early, without the rest, when the endpoint closes. Replaces any stall.
         *
         * <p>The general form of the stalls: {@link #stallBodyAfter(int, Duration)} is one pause after the first
         * part, {@link #stallBodyAfter(int)} one pause that lasts until the endpoint closes.
         *
         * @param bytes how many body bytes to send between pauses, 1 or more
         * @param period how long each pause lasts, zero or more
         * @return this builder
         * @throws IllegalArgumentException for a count below 1 or a negative period
         */
        public Builder throttleBody(int bytes, Duration period) {
            if (bytes < 1) {
                throw new IllegalArgumentException("bytes must be >= 1: " + bytes);
            }
            this.throttlePeriod = nonNegative(period, "period");
            this.throttleBytes = bytes;
            this.stallAfterBytes = -1;
            this.stallDuration = null;
            return this;
        }

        /**
         * Resets the connection instead of answering; the other settings are then unused.
         *
         * @param disconnect when to reset
         * @return this builder
         */
        public Builder disconnect(Disconnect disconnect) {
            this.disconnect = Objects.requireNonNull(disconnect, "disconnect");
            return this;
        }

        /**
         * Builds the response.
         *
         * @return the immutable response
         * @throws IllegalArgumentException if a stall point is not inside the body, or a 204 or 304 has a body
         */
        public MockResponse build() {
            if (stallAfterBytes >= 0 && stallAfterBytes >= body.length) {
                throw new IllegalArgumentException("stallBodyAfter must be less than the body length "
                        + body.length + ": " + stallAfterBytes);
            }
            if ((status == 204 || status == 304) && body.length > 0) {
                throw new IllegalArgumentException("status " + status + " must not have a body: "
                        + body.length + " bytes");
            }
            return new MockResponse(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must be >= 0: " + d);
            }
            return d;
        }
    }
}
