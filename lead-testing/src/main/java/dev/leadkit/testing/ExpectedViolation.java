package dev.leadkit.testing;

import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Violation} must be, without its message: where ({@link #pointer()}) and which rule
 * ({@link #code()}). Messages are for people and may be reworded; pointer and code are stable.
 *
 * @param pointer the RFC 6901 JSON Pointer, {@code ""} for the root
 * @param code the violation code, such as {@code syntax}, {@code limit} or {@code type}
 */
public record ExpectedViolation(String pointer, String code) {
    /**
     * Creates an expectation.
     *
     * @throws NullPointerException if an argument is null
     */
    public ExpectedViolation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
    }

    /**
     * The pointer and code of a violation.
     *
     * @param violation the violation
     * @return its expectation
     */
    public static ExpectedViolation of(Violation violation) {
        return new ExpectedViolation(violation.pointer(), violation.code());
    }

    /**
     * The pointer and code of every violation of a report, in the report's order, for comparing with
     * {@link HostilePayload#latestViolations()} or {@link HostilePayload#tolerantViolations()}.
     *
     * @param report the report
     * @return an unmodifiable list, empty for a valid report
     */
    public static List<ExpectedViolation> allOf(ValidationReport report) {
        List<ExpectedViolation> out = new ArrayList<>();
        report.violations().forEach(v -> out.add(of(v)));
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether a violation has this pointer and code.
     *
     * @param violation the violation
     * @return true if both match
     */
    public boolean matches(Violation violation) {
        return pointer.equals(violation.pointer()) && code.equals(violation.code());
    }
}
