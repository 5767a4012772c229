package dev.leadkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ViolationTest {
    @Test
    void holdsPointerCodeAndMessage() {
        Violation v = new Violation("/UserDetails/Email", "email", "must be a syntactically valid e-mail address");
        assertThat(v.pointer()).isEqualTo("/UserDetails/Email");
        assertThat(v.code()).isEqualTo("email");
        assertThat(v.message()).isEqualTo("must be a syntactically valid e-mail address");
        assertThat(new Violation("", "type", "m").pointer()).as("the root").isEmpty();
    }

    @Test
    void refusesBadPartsByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Violation("UserDetails", "type", "m"))
                .withMessage("pointer must be empty or start with '/': UserDetails");
        assertThatIllegalArgumentException().isThrownBy(() -> new Violation("", "", "m"))
                .withMessage("code must not be empty");
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, "type", "m")).withMessage("pointer");
        assertThatNullPointerException().isThrownBy(() -> new Violation("", null, "m")).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new Violation("", "type", null)).withMessage("message");
    }
}
