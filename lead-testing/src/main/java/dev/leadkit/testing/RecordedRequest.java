package dev.leadkit.testing;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as a {@link MockLeadEndpoint} received it: request line, headers, raw body, and the body read as a
 * {@link Lead} with {@link LeadJson#defaults()} (or why it could not be read). A request the endpoint refused, or
 * one the client gave up on before it was complete, is recorded too, with what was wrong in {@link #failure()}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the query of the path, which may hold the URL secret,
 * and shows no header values or body.
 */
public final class RecordedRequest {
    private final int sequenceNumber;
    private final String method;
    private final String path;
    private final String version;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Lead lead;
    private final LeadParseException parseFailure;
    private final Failure failure;

    /**
     * Why a request was not answered by the script: it was malformed, over a limit, or incomplete.
     *
     * @param status the status the endpoint answered with before it closed the connection (400, 413, 431 or
     *     501), or 0 if the request ended before it was complete and nothing was answered
     * @param reason what was wrong, such as {@code "malformed request line"}; never any of the request's bytes
     */
    public record Failure(int status, String reason) {
        /** Checks the components. */
        public Failure {
            Objects.requireNonNull(reason, "reason");
            if (status != 0 && (status < 400 || status > 599)) {
                throw new IllegalArgumentException("status must be 0 or an error status: " + status);
            }
        }

        /** {@return whether the endpoint answered the request with {@link #status()}} */
        public boolean answered() {
            return status != 0;
        }
    }

    RecordedRequest(int sequenceNumber, String method, String path, String version,
            Map<String, List<String>> headers, byte[] body) {
        this(sequenceNumber, method, path, version, headers, body, null);
    }

    RecordedRequest(int sequenceNumber, String method, String path, String version,
            Map<String, List<String>> headers, byte[] body, Failure requestFailure) {
        this.failure = requestFailure;
        this.sequenceNumber = sequenceNumber;
        this.method = method;
        this.path = path;
        this.version = version;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body;
        Lead parsed = null;
        LeadParseException failure = null;
        try {
            parsed = LeadJson.defaults().read(body);
        } catch (LeadParseException e) {
            failure = e;
        }
        this.lead = parsed;
        this.parseFailure = failure;
    }

    /** {@return the 1-based number of this request among all that reached the endpoint} */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /**
     * What was wrong with the request, if the endpoint refused it or it ended before it was complete. Such a
     * request got no scripted answer and consumed none; what was read of it before the failure is kept (an empty
     * method, path and version if the request line itself was wrong), its body is empty.
     *
     * @return the failure, or empty for a well-formed request
     */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** {@return the method, such as {@code POST}} */
    public String method() {
        return method;
    }

    /** {@return the request target as sent: path and query, such as {@code /invoke?sig=abc}} */
    public String path() {
        return path;
    }

    /** {@return the protocol version from the request line, such as {@code HTTP/1.1}} */
    public String version() {
        return version;
    }

    /**
     * All headers, names matched without regard to case, values in the order received.
     *
     * @return an unmodifiable map whose lookups ignore case
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty if the header was not sent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Every value of one header.
     *
     * @param name the header name, any case
     * @return the values in the order received; empty if the header was not sent
     */
    public List<String> headers(String name) {
        return headers.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    }

    /** {@return a copy of the body bytes, after any chunked transfer coding was removed} */
    public byte[] body() {
        return body.clone();
    }

    /** {@return the body decoded as UTF-8, malformed bytes replaced} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body read as a lead.
     *
     * @return the lead
     * @throws LeadParseException the failure that {@link LeadJson#defaults()} reported, if the body is not a lead
     *     (see {@link #parseFailure()} to inspect it without a throw)
     */
    public Lead lead() {
        if (parseFailure != null) {
            throw parseFailure;
        }
        return lead;
    }

    /** {@return why the body is not a lead, or empty if it is one} */
    public Optional<LeadParseException> parseFailure() {
        return Optional.ofNullable(parseFailure);
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>(headers.keySet());
        return "RecordedRequest[#" + sequenceNumber + " " + method + " " + SafeText.target(path) + " " + version
                + ", headers=" + names + ", body=" + body.length + " bytes"
                + (parseFailure == null ? "" : ", not a lead: " + parseFailure.problem())
                + (failure == null ? "" : ", failed: " + failure.status() + " " + failure.reason()) + "]";
    }
}
