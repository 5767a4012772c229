package dev.leadkit.testing;

import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link ValidationReport} from {@code LeadSchema} or {@code LeadValidator}; start with
 * {@link LeadAssertions#assertThat(ValidationReport)}. Failure messages list the violations found, one per line as
 * {@code "/UserDetails/Email" [email] message}; violations never hold the values they are about.
 */
public final class ValidationReportAssert extends AbstractObjectAssert<ValidationReportAssert, ValidationReport> {
    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Checks that the report has no violations.
     *
     * @return this
     */
    public ValidationReportAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            fail("Expecting the report to be valid\nbut found " + describe(actual.violations()));
        }
        return this;
    }

    /**
     * Checks that the report has at least one violation.
     *
     * @return this
     */
    public ValidationReportAssert isNotValid() {
        isNotNull();
        if (actual.isValid()) {
            fail("Expecting the report to have violations\nbut it is valid");
        }
        return this;
    }

    /**
     * Checks that some violation points at a place.
     *
     * @param pointer the JSON Pointer, such as {@code /UserDetails/Email}; {@code ""} for the root
     * @return this
     */
    public ValidationReportAssert hasViolationAt(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return has("a violation at " + SafeText.pointer(pointer), v -> v.pointer().equals(pointer));
    }

    /**
     * Checks that some violation has a code.
     *
     * @param code the code, such as {@code email}, {@code size}, {@code type} or {@code syntax}
     * @return this
     */
    public ValidationReportAssert hasViolationCode(String code) {
        Objects.requireNonNull(code, "code");
        return has("a violation with code " + SafeText.quote(code), v -> v.code().equals(code));
    }

    /**
     * Checks that one violation has both this pointer and this code.
     *
     * @param pointer the JSON Pointer
     * @param code the code
     * @return this
     */
    public ValidationReportAssert hasViolation(String pointer, String code) {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        return has("a violation at " + SafeText.pointer(pointer) + " with code " + SafeText.quote(code),
                v -> v.pointer().equals(pointer) && v.code().equals(code));
    }

    /**
     * Checks the number of violations.
     *
     * @param expected the number, 0 or more
     * @return this
     */
    public ValidationReportAssert hasViolationCount(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected must be >= 0: " + expected);
        }
        isNotNull();
        if (actual.violations().size() != expected) {
            fail("Expecting " + expected + (expected == 1 ? " violation" : " violations") + "\nbut found "
                    + describe(actual.violations()));
        }
        return this;
    }

    private ValidationReportAssert has(String wanted, Predicate<Violation> test) {
        isNotNull();
        if (actual.violations().stream().noneMatch(test)) {
            fail("Expecting " + wanted + "\nbut found " + describe(actual.violations()));
        }
        return this;
    }

    /** "none" or "2 violations:" and one line per violation. */
    static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder().append(violations.size())
                .append(violations.size() == 1 ? " violation:" : " violations:");
        for (Violation v : violations) {
            out.append("\n  ").append(SafeText.pointer(v.pointer())).append(" [").append(v.code()).append("] ")
                    .append(v.message());
        }
        return out.toString();
    }

    private void fail(String message) {
        failWithMessage("%s", message);
    }
}
