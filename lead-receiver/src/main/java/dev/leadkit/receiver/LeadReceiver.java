package dev.leadkit.receiver;

import dev.leadkit.schema.LeadValidator;
import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import dev.leadkit.model.Lead;
import dev.leadkit.model.LeadJson;
import dev.leadkit.model.LeadParseException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one lead request, as any HTTP stack hands it over (body bytes, {@code Content-Type}, request URI), into a
 * decision: {@link Reception.Accepted} with the {@link Lead} and its {@link ValidationReport}, or
 * {@link Reception.Rejected} with the status and an RFC 9457 {@code application/problem+json} body. Framework
 * neutral: a Servlet, a Spring controller, the JDK's {@code HttpServer} or a cloud function answers with it.
 *
 * <p>Checks, in this order, and the first that fails decides:
 * <ol>
 * <li>token (only if one is set): the request URI's query must hold the token parameter exactly once with the
 *     token; else 401 {@link #UNAUTHORIZED}, the same answer for a missing and a wrong token. Compared as SHA-256
 *     digests in constant time, so neither how much of a guess is right nor its length shows in the timing.
 *     401 rather than 404: the path of a lead endpoint is no secret (the token is), and a publisher who pasted
 *     the URL without its token into Partner Center should be told so, not sent looking for a wrong path. No
 *     {@code WWW-Authenticate} challenge applies, as the token travels in the URL, not in a header.</li>
 * <li>{@code Content-Type}: absent or blank is read as JSON (losing a lead over a missing header costs more than
 *     a guess); {@code application/json} or any {@code application/...+json} type, with no charset or UTF-8,
 *     passes; anything else is 415 {@link #UNSUPPORTED_MEDIA_TYPE}.</li>
 * <li>size: a body over the codec's {@link LeadJson#maxDocumentBytes()} is 413 {@link #TOO_LARGE}, before any
 *     parsing.</li>
 * <li>reading: a body that is not a lead is 400 {@link #NOT_A_LEAD} with one error: the pointer, a code
 *     ({@code syntax}, {@code type}, {@code duplicate}; see {@link Violation#of(LeadParseException)}) and a detail
 *     with the line and column; a string or nesting limit of the codec is 413 {@link #TOO_LARGE} ({@code limit}).
 *     </li>
 * <li>validation with the {@link LeadValidator}: by default a lead that breaks a rule is still accepted, its
 *     report attached, because refusing a real lead over a mistyped e-mail address loses it for good; with
 *     {@link Builder#rejectInvalid(boolean)} it is 422 {@link #INVALID_LEAD} with one error per violation.</li>
 * </ol>
 *
 * <p>Problem bodies hold pointers, codes, line and column numbers, never a value from the request, so they carry
 * no personal data and never the token. {@link #receive} answers every body and header with a decision; it does
 * not block, apart from the first start of a Bean Validation provider if the validator uses one.
 *
 * <p>Immutable and thread-safe: build one per endpoint and share it.
 */
public final class LeadReceiver {
    /** The default name of the query parameter that carries the token: {@value}. */
    public static final String DEFAULT_TOKEN_PARAMETER = "token";
    /** Problem type of a missing or wrong token (401). */
    public static final String UNAUTHORIZED = "tag:leadkit.dev,2026:problem/unauthorized";
    /** Problem type of a body that is not UTF-8 JSON by its {@code Content-Type} (415). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "tag:leadkit.dev,2026:problem/unsupported-media-type";
    /** Problem type of a body over the size, string or nesting limit (413). */
    public static final String TOO_LARGE = "tag:leadkit.dev,2026:problem/too-large";
    /** Problem type of a body that cannot be read as a lead (400). */
    public static final String NOT_A_LEAD = "tag:leadkit.dev,2026:problem/not-a-lead";
    /** Problem type of a lead that breaks a validation rule, with {@link Builder#rejectInvalid(boolean)} (422). */
    public static final String INVALID_LEAD = "tag:leadkit.dev,2026:problem/invalid-lead";

    private static final LeadReceiver DEFAULTS = builder().build();

    private final LeadJson json;
    private final LeadValidator validator;
    private final String token;
    private final String tokenParameter;
    private final QueryToken tokenCheck;
    private final boolean rejectInvalid;

    private LeadReceiver(Builder b) {
        json = b.json;
        validator = b.validator;
        token = b.token;
        tokenParameter = b.tokenParameter;
        tokenCheck = token == null ? null : new QueryToken(tokenParameter, token);
        rejectInvalid = b.rejectInvalid;
    }

    /**
     * The receiver with the defaults: no token, {@link LeadJson#defaults()}, {@link LeadValidator#defaults()},
     * invalid leads accepted with their report.
     *
     * @return the shared default instance
     */
    public static LeadReceiver defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this receiver's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().json(json).validator(validator).rejectInvalid(rejectInvalid)
                .tokenParameter(tokenParameter);
        b.token = token;
        return b;
    }

    /**
     * Decides about a request without a query. With a token configured this is always 401: there is no query to
     * find the token in.
     *
     * @param body the request body; not modified
     * @param contentType the {@code Content-Type} header, or null if absent
     * @return the decision
     * @throws NullPointerException if {@code body} is null
     */
    public Reception receive(byte[] body, String contentType) {
        return receive(body, contentType, (String) null);
    }

    /**
     * Decides about a request whose URI the HTTP stack hands over as a {@link URI} (the JDK's {@code HttpServer}).
     * Only its {@link URI#getRawQuery() raw query} is looked at, for the token.
     *
     * @param body the request body; not modified
     * @param contentType the {@code Content-Type} header, or null if absent
     * @param requestUri the request URI, or null if unknown; may be relative ({@code /leads?token=...})
     * @return the decision
     * @throws NullPointerException if {@code body} is null
     */
    public Reception receive(byte[] body, String contentType, URI requestUri) {
        return receive(body, contentType, requestUri == null ? null : requestUri.getRawQuery());
    }

    /**
     * Decides about a request, given its query string exactly as it arrived: what follows the {@code ?} of the
     * request target, still percent-encoded, as a Servlet's {@code getQueryString()} or Jetty's
     * {@code HttpURI.getQuery()} returns it. Any text is taken, including what {@link URI} refuses
     * ({@code utm=a|b}, {@code x=100%}, {@code q={x}}): only the token parameter is decoded, and one that does not
     * decode matches no token.
     *
     * @param body the request body; not modified
     * @param contentType the {@code Content-Type} header, or null if absent
     * @param rawQuery the raw query without the {@code ?}, or null if the request had none
     * @return the decision
     * @throws NullPointerException if {@code body} is null
     */
    public Reception receive(byte[] body, String contentType, String rawQuery) {
        Objects.requireNonNull(body, "body");
        Reception.Rejected refused = checkHeaders(contentType, rawQuery, body.length);
        if (refused != null) {
            return refused;
        }
        Lead lead;
        try {
            lead = json.read(body);
        } catch (LeadParseException e) {
            Violation error = Violation.of(e);
            if (e.problem() == LeadParseException.Problem.LIMIT_EXCEEDED) {
                return new Reception.Rejected(413, TOO_LARGE, "Content Too Large",
                        "the body exceeds a limit of this receiver: " + error.message(), List.of(error));
            }
            return new Reception.Rejected(400, NOT_A_LEAD, "Not a lead",
                    "the body is not a lead: " + error.message(), List.of(error));
        }
        ValidationReport report = validator.validate(lead);
        if (rejectInvalid && !report.isValid()) {
            int n = report.violations().size();
            return new Reception.Rejected(422, INVALID_LEAD, "Invalid lead",
                    "the lead breaks " + n + (n == 1 ? " rule" : " rules"), report.violations());
        }
        return new Reception.Accepted(lead, report);
    }

    /**
     * Decides what can be decided before the body is read: the token, the {@code Content-Type}, and a declared
     * {@code Content-Length} over {@link #maxBodyBytes()}. An endpoint calls this first, so that a request without
     * the token or with too large a body is answered without reading a byte of it.
     *
     * @param contentType the {@code Content-Type} header, or null if absent
     * @param rawQuery the raw query without the {@code ?}, or null if none
     * @param contentLength the declared body length, or -1 if unknown (chunked)
     * @return the rejection, the same {@link #receive} would give; or empty if the body must be read to decide
     */
    public Optional<Reception.Rejected> checkBeforeBody(String contentType, String rawQuery, long contentLength) {
        return Optional.ofNullable(checkHeaders(contentType, rawQuery, contentLength));
    }

    private Reception.Rejected checkHeaders(String contentType, String rawQuery, long length) {
        if (tokenCheck != null && !tokenCheck.matches(rawQuery)) {
            return new Reception.Rejected(401, UNAUTHORIZED, "Unauthorized", "the request URI must carry the "
                    + "receiver's token in its query parameter \"" + tokenParameter + "\"", List.of());
        }
        if (!MediaTypes.acceptsJson(contentType)) {
            return new Reception.Rejected(415, UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "the body must be JSON in UTF-8: Content-Type application/json, or none", List.of());
        }
        int max = json.maxDocumentBytes();
        if (length > max) {
            return new Reception.Rejected(413, TOO_LARGE, "Content Too Large",
                    "the body is larger than this receiver's limit of " + max + " bytes",
                    List.of(new Violation("", "limit", "expected a document of at most " + max + " bytes")));
        }
        return null;
    }

    /**
     * The largest body accepted: read at most one byte more than this from a request, and pass that on, so an
     * oversized body is answered 413 without reading it all.
     *
     * @return the codec's {@link LeadJson#maxDocumentBytes()}
     */
    public int maxBodyBytes() {
        return json.maxDocumentBytes();
    }

    /** Shows the settings, the token masked. */
    @Override
    public String toString() {
        return "LeadReceiver[token=" + (token == null ? "none" : "*** in query parameter \"" + tokenParameter + "\"")
                + ", maxBodyBytes=" + json.maxDocumentBytes() + ", rejectInvalid=" + rejectInvalid + ", validator="
                + validator + "]";
    }

    /**
     * Configures a {@link LeadReceiver}. Defaults: {@link LeadJson#defaults()} (so a 1 MiB body limit),
     * {@link LeadValidator#defaults()}, no token, token parameter {@value LeadReceiver#DEFAULT_TOKEN_PARAMETER},
     * invalid leads accepted with their report. Not thread-safe; {@link #build()} freezes the settings.
     */
    public static final class Builder {
        private LeadJson json = LeadJson.defaults();
        private LeadValidator validator = LeadValidator.defaults();
        private String token;
        private String tokenParameter = DEFAULT_TOKEN_PARAMETER;
        private boolean rejectInvalid;

        private Builder() {
        }

        /**
         * Sets the codec that reads bodies; its {@link LeadJson#maxDocumentBytes()} is the body limit.
         *
         * @param json the codec; default {@link LeadJson#defaults()}
         * @return this builder
         */
        public Builder json(LeadJson json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Sets the rules every accepted lead is checked against.
         *
         * @param validator the validator; default {@link LeadValidator#defaults()}
         * @return this builder
         */
        public Builder validator(LeadValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Requires this token in the request URI's query ({@code https://host/leads?token=...}), the way a Power
         * Automate URL carries its {@code sig}. Use a long random value; it is never shown by {@code toString()}
         * or put into a response.
         *
         * @param token the token, not empty; null for none (the default)
         * @return this builder
         * @throws IllegalArgumentException if the token is empty
         */
        public Builder token(String token) {
            if (token != null && token.isEmpty()) {
                throw new IllegalArgumentException("token must not be empty (null for none)");
            }
            this.token = token;
            return this;
        }

        /**
         * Sets the query parameter that carries the token.
         *
         * @param name the parameter name, not empty; default {@value LeadReceiver#DEFAULT_TOKEN_PARAMETER}
         * @return this builder
         * @throws IllegalArgumentException if the name is empty
         */
        public Builder tokenParameter(String name) {
            if (Objects.requireNonNull(name, "name").isEmpty()) {
                throw new IllegalArgumentException("tokenParameter must not be empty");
            }
            this.tokenParameter = name;
            return this;
        }

        /**
         * Answers 422 for a lead that breaks a validation rule, instead of accepting it with its report.
         *
         * @param reject true to refuse invalid leads; default false
         * @return this builder
         */
        public Builder rejectInvalid(boolean reject) {
            this.rejectInvalid = reject;
            return this;
        }

        /**
         * Builds the receiver.
         *
         * @return the immutable, thread-safe receiver
         */
        public LeadReceiver build() {
            return new LeadReceiver(this);
        }
    }
}
