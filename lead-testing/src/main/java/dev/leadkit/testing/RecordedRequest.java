package dev.leadkit.testing;

import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as a {@link MockLeadEndpoint} received it: request line, headers, raw body, and the body read as a
 * {@link Lead} with {@link LeadJson#defaults()} (or why it could not be read).
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

    RecordedRequest(int sequenceNumber, String method, String path, String version,
            Map<String, List<String>> headers, byte[] body) {
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
                + (parseFailure == null ? "" : ", not a lead: " + parseFailure.problem()) + "]";
    }
}
