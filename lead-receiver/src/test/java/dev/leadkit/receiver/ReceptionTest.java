package dev.leadkit.receiver;

import dev.leadkit.schema.ValidationReport;
import dev.leadkit.schema.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.model.Lead;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionTest {
    private static final Lead LEAD = Lead.builder().actionCode("INS").build();

    @Test
    void rejectedRendersAnRfc9457ProblemWithEscapedText() {
        Reception.Rejected r = new Reception.Rejected(500, "tag:example,2026:store", "Not stored",
                "the \"store\" failed\n", List.of(new Violation("/a~1b", "x", "why")));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.isAccepted()).isFalse();
        assertThat(r.contentType()).isEqualTo(Reception.PROBLEM_JSON).isEqualTo("application/problem+json");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"tag:example,2026:store\","
                + "\"title\":\"Not stored\",\"status\":500,\"detail\":\"the \\\"store\\\" failed\\n\",\"errors\":"
                + "[{\"pointer\":\"/a~1b\",\"code\":\"x\",\"detail\":\"why\"}]}");
        assertThat(r.body()).as("a new array each time").isNotSameAs(r.body()).isEqualTo(r.body());
    }

    @Test
    void rejectedKeepsAnUnmodifiableCopyOfItsErrors() {
        List<Violation> errors = new ArrayList<>(List.of(new Violation("", "syntax", "m")));
        Reception.Rejected r = new Reception.Rejected(400, "t", "T", "d", errors);
        errors.clear();
        assertThat(r.errors()).hasSize(1);
        assertThatThrownBy(() -> r.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectedRefusesBadPartsByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Reception.Rejected(202, "t", "T", "d", List.of()))
                .withMessage("status must be 400 to 599: 202");
        assertThatIllegalArgumentException().isThrownBy(() -> new Reception.Rejected(600, "t", "T", "d", List.of()))
                .withMessage("status must be 400 to 599: 600");
        assertThatNullPointerException().isThrownBy(() -> new Reception.Rejected(400, null, "T", "d", List.of()))
                .withMessage("type");
        assertThatNullPointerException().isThrownBy(() -> new Reception.Rejected(400, "t", null, "d", List.of()))
                .withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> new Reception.Rejected(400, "t", "T", null, List.of()))
                .withMessage("detail");
        assertThatNullPointerException().isThrownBy(() -> new Reception.Rejected(400, "t", "T", "d", null))
                .withMessage("errors");
        List<Violation> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> new Reception.Rejected(400, "t", "T", "d", withNull))
                .withMessage("error");
    }

    @Test
    void acceptedIs202WithTheReportAsJson() {
        Reception.Accepted a = new Reception.Accepted(LEAD, ValidationReport.of(List.of(
                new Violation("/UserDetails", "contactable", "must hold a usable e-mail address or phone number"))));
        assertThat(a.status()).isEqualTo(202);
        assertThat(a.isAccepted()).isTrue();
        assertThat(a.contentType()).isEqualTo("application/json");
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":202,\"title\":\"Lead "
                + "accepted\",\"valid\":false,\"violations\":[{\"pointer\":\"/UserDetails\",\"code\":\"contactable\","
                + "\"detail\":\"must hold a usable e-mail address or phone number\"}]}");
        assertThatNullPointerException().isThrownBy(() -> new Reception.Accepted(null, ValidationReport.of(List.of())))
                .withMessage("lead");
        assertThatNullPointerException().isThrownBy(() -> new Reception.Accepted(LEAD, null)).withMessage("report");
    }
}
