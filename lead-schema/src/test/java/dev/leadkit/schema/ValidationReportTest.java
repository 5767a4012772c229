package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    private static final Violation EMAIL = new Violation("/UserDetails/Email", "email",
            "must be a syntactically valid e-mail address");
    private static final Violation ROOT = new Violation("", "type", "expected an object but found an array");

    @Test
    void emptyReportIsValid() {
        ValidationReport report = ValidationReport.of(List.of());
        assertThat(report.isValid()).isTrue();
        assertThat(report.violations()).isEmpty();
        assertThat(report).hasToString("ValidationReport[valid]");
    }

    @Test
    void violationsAreAnUnmodifiableCopyInOrder() {
        List<Violation> source = new ArrayList<>(List.of(EMAIL, ROOT));
        ValidationReport report = ValidationReport.of(source);
        source.clear();
        assertThat(report.isValid()).isFalse();
        assertThat(report.violations()).containsExactly(EMAIL, ROOT);
        assertThatThrownBy(() -> report.violations().add(ROOT)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(report).isEqualTo(ValidationReport.of(List.of(EMAIL, ROOT)))
                .hasSameHashCodeAs(ValidationReport.of(List.of(EMAIL, ROOT)))
                .isNotEqualTo(ValidationReport.of(List.of(ROOT, EMAIL)));
    }

    @Test
    void toStringListsOneViolationPerLineWithControlCharactersEscaped() {
        Violation odd = new Violation("/x\ny", "pattern", "must match");
        assertThat(ValidationReport.of(List.of(ROOT, EMAIL, odd))).hasToString("ValidationReport[3 violations\n"
                + "  \"\" (the root) [type] expected an object but found an array\n"
                + "  \"/UserDetails/Email\" [email] must be a syntactically valid e-mail address\n"
                + "  \"/x\\u000ay\" [pattern] must match]");
        assertThat(ValidationReport.of(List.of(EMAIL)).toString()).startsWith("ValidationReport[1 violation\n");
    }

    @Test
    void nullViolationIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> ValidationReport.of(Arrays.asList(EMAIL, null)))
                .withMessage("violation");
        assertThatNullPointerException().isThrownBy(() -> ValidationReport.of(null)).withMessage("violations");
    }
}
