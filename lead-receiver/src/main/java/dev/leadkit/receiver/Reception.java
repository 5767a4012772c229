package dev.leadkit.receiver;

import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import dev.leadkit.model.Lead;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link LeadReceiver} decided about one request: {@link Accepted} with the lead, or {@link Rejected} with
 * the reason. Either way it says what to answer, so an endpoint replies in three lines:
 *
 * <pre>{@code
 * Reception reception = receiver.receive(body, contentType, requestUri);
 * response.setStatus(reception.status());
 * response.setContentType(reception.contentType());
 * response.getOutputStream().write(reception.body());
 * }</pre>
 *
 * <p>No body holds a value from the request: pointers, codes, line and column only, never personal data or the
 * token.
 */
public sealed interface Reception permits Reception.Accepted, Reception.Rejected {
    /** The media type of every {@link Rejected} body, RFC 9457: {@value}. */
    String PROBLEM_JSON = "application/problem+json";

    /**
     * The HTTP status to answer.
     *
     * @return 202 for {@link Accepted}, 4xx or 5xx for {@link Rejected}
     */
    int status();

    /**
     * The media type of {@link #body()}.
     *
     * @return {@code application/json} for {@link Accepted}, {@value #PROBLEM_JSON} for {@link Rejected}
     */
    String contentType();

    /**
     * The response body to send, UTF-8 JSON. A new array on each call.
     *
     * @return the body
     */
    byte[] body();

    /**
     * Whether the lead was accepted.
     *
     * @return true for {@link Accepted}
     */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The request held a lead, and it is the caller's now. Answer 202 and store it (before answering, if an
     * acknowledged lead must never be lost). The body is {@code {"status":202,"title":"Lead accepted","valid":
     * true|false,"violations":[...]}}, the violations as {@code {pointer, code, detail}}, so a sender sees what
     * the lead lacks even though it was taken.
     *
     * @param lead the lead, as read
     * @param report the validation report; not valid only if the receiver does not reject invalid leads
     */
    record Accepted(Lead lead, ValidationReport report) implements Reception {
        /** Creates the outcome; both arguments are required. */
        public Accepted {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(report, "report");
        }

        /** Always 202 Accepted. */
        @Override
        public int status() {
            return 202;
        }

        @Override
        public String contentType() {
            return "application/json";
        }

        @Override
        public byte[] body() {
            return ProblemJson.accepted(report);
        }
    }

    /**
     * The request was refused: answer {@link #status()} with the RFC 9457 problem in {@link #body()}:
     * {@code {"type":...,"title":...,"status":...,"detail":...,"errors":[{"pointer":...,"code":...,
     * "detail":...}]}}. The types are listed on {@link LeadReceiver}.
     *
     * @param status the HTTP status, 400 to 599
     * @param type the problem type, a URI such as {@link LeadReceiver#NOT_A_LEAD}
     * @param title the short, fixed summary of the type
     * @param detail what was wrong with this request; never a value from it
     * @param errors where in the body, and which rule: empty when the problem is not about the body's content
     */
    record Rejected(int status, String type, String title, String detail, List<Violation> errors)
            implements Reception {
        /**
         * Creates the outcome.
         *
         * @throws IllegalArgumentException if the status is not 400 to 599
         * @throws NullPointerException if an argument or error is null
         */
        public Rejected {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("status must be 400 to 599: " + status);
            }
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(errors, "errors").forEach(e -> Objects.requireNonNull(e, "error"));
            errors = List.copyOf(errors);
        }

        @Override
        public String contentType() {
            return PROBLEM_JSON;
        }

        @Override
        public byte[] body() {
            return ProblemJson.problem(this);
        }
    }
}
