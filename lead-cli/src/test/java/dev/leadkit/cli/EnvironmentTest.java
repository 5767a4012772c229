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

    @Test
    void aTerminalIsATerminalDeviceAndAFileOrPipeIsNot() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("/tmp/err.log")).isFalse();
        assertThat(Terminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void columnsComeFromTheVariableElseEighty() {
        assertThat(Cli.env(Map.of("COLUMNS", "60"), "", true).columns()).isEqualTo(60);
        assertThat(Cli.env(Map.of("COLUMNS", "wide"), "", true).columns()).isEqualTo(80);
        assertThat(Cli.env(Map.of(), "", true).columns()).isEqualTo(80);
    }
}
