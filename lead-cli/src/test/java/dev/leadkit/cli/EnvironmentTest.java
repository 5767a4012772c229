package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void noConsoleIsNoTerminal() {
        assertThat(Environment.isTerminal(null)).isFalse();
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        Environment env = Cli.env(Map.of("LEAD_ENDPOINT", "", "LEAD_TOKEN", "t"), "", false);
        assertThat(env.variable("LEAD_ENDPOINT")).isNull();
        assertThat(env.variable("LEAD_TOKEN")).isEqualTo("t");
        assertThat(env.variable("LEAD_TLS_PASSWORD")).isNull();
    }
}
