package dev.leadkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendResultTest {
    @Test
    void checksItsComponents() {
        assertThatThrownBy(() -> new SendResult(500, 1, "", Duration.ZERO)).hasMessage("statusCode must be 2xx: 500");
        assertThatThrownBy(() -> new SendResult(200, 0, "", Duration.ZERO)).hasMessage("attempts must be >= 1: 0");
        assertThatThrownBy(() -> new SendResult(200, 1, "x".repeat(513), Duration.ZERO))
                .hasMessage("bodyExcerpt must be at most 512 characters: 513");
        assertThatThrownBy(() -> new SendResult(200, 1, "", Duration.ofMillis(-1)))
                .hasMessage("elapsed must be >= 0: PT-0.001S");
    }

    @Test
    void toStringEscapesTheExcerpt() {
        SendResult result = new SendResult(202, 2, "ok\nFORGED LOG LINE", Duration.ofMillis(30));

        assertThat(result.toString()).isEqualTo("SendResult[statusCode=202, attempts=2, "
                + "bodyExcerpt=\"ok\\u000aFORGED LOG LINE\", elapsed=PT0.03S]");
    }

    @Test
    void outcomesRequireTheirParts() {
        SendResult result = new SendResult(202, 1, "", Duration.ZERO);

        assertThat(new SendOutcome.Delivered(Harness.LEAD, result).isDelivered()).isTrue();
        assertThatThrownBy(() -> new SendOutcome.Delivered(Harness.LEAD, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SendOutcome.Failed(null, null)).isInstanceOf(NullPointerException.class);
    }
}
