package dev.leadkit.schema;

import dev.leadkit.model.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a check: valid, or the violations found, in a stable order. Immutable and thread-safe; equal
 * when the violations are equal.
 */
public final class ValidationReport {
    private static final ValidationReport VALID = new ValidationReport(List.of());

    private final List<Violation> violations;

    private ValidationReport(List<Violation> violations) {
        this.violations = violations;
    }

    /**
     * A report holding the given violations, in the given order.
     *
     * @param violations the violations; empty for a valid report
     * @return the report
     * @throws NullPointerException if the list or an element is null
     */
    public static ValidationReport of(List<Violation> violations) {
        if (Objects.requireNonNull(violations, "violations").isEmpty()) {
            return VALID;
        }
        List<Violation> copy = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            copy.add(Objects.requireNonNull(v, "violation"));
        }
        return new ValidationReport(Collections.unmodifiableList(copy));
    }

    /**
     * Whether nothing was found.
     *
     * @return true if there are no violations
     */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * The violations found.
     *
     * @return an unmodifiable list, empty if valid
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * One line per violation, pointer quoted with control characters escaped:
     * {@code "/UserDetails/Email" [email] must be a syntactically valid e-mail address}.
     */
    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "ValidationReport[valid]";
        }
        StringBuilder out = new StringBuilder("ValidationReport[").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations");
        for (Violation v : violations) {
            out.append("\n  ").append(Text.pointer(v.pointer()))
                    .append(" [").append(v.code()).append("] ").append(v.message());
        }
        return out.append(']').toString();
    }
}
