package dev.leadkit.spring;

import dev.leadkit.receiver.Reception;
import dev.leadkit.schema.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request body that is not a readable lead, under strict binding: the same status and RFC 9457 problem as the
 * receiving endpoint gives. The auto-configuration answers it with {@link #rejection()}'s exact body; without that
 * handler Spring MVC still answers its status, with the problem as a {@link ProblemDetail}. Neither the message nor
 * the problem holds a value from the request.
 */
public final class LeadBindingException extends ErrorResponseException {
    private static final long serialVersionUID = 1L;

    private final transient Reception.Rejected rejection;

    /**
     * Wraps the receiver's verdict.
     *
     * @param rejection the verdict
     */
    public LeadBindingException(Reception.Rejected rejection) {
        super(HttpStatusCode.valueOf(rejection.status()), problem(rejection), null);
        this.rejection = Objects.requireNonNull(rejection, "rejection");
    }

    private static ProblemDetail problem(Reception.Rejected r) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(r.status()), r.detail());
        p.setType(URI.create(r.type()));
        p.setTitle(r.title());
        List<Map<String, String>> errors = new ArrayList<>();
        for (Violation v : r.errors()) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("pointer", v.pointer());
            e.put("code", v.code());
            e.put("detail", v.message());
            errors.add(e);
        }
        p.setProperty("errors", errors);
        return p;
    }

    /**
     * The receiver's verdict: status, problem type, and the body to answer.
     *
     * @return the verdict
     */
    public Reception.Rejected rejection() {
        return rejection;
    }
}
