package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.client.LeadClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadCommandTest {
    private static final List<String> COMMANDS = List.of("validate", "send", "serve", "demo", "schema", "sample");

    @Test
    void versionIsTheProjectVersion() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        String expected = System.getProperty("leadkit.version");
        assertThat(expected).as("set by the build").isNotBlank();
        assertThat(LeadClient.USER_AGENT).endsWith("/" + expected);
        assertThat(run.out()).startsWith("lead " + expected + " (leadkit, Java ");
        assertThat(Cli.run("send", "--version").out()).isEqualTo(run.out());
    }

    @Test
    void helpListsEveryCommandWithExamples() {
        Cli.Run run = Cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: lead [-hV] COMMAND", "Examples:", "lead demo");
        COMMANDS.forEach(c -> assertThat(run.out()).contains("\n  " + c + " "));
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : COMMANDS) {
            Cli.Run run = Cli.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("\nUsage: lead " + command)
                    .contains("\nExamples:\n  lead " + command);
        }
    }

    @Test
    void noCommandShowsTheUsageAndExitsTwo() {
        Cli.Run run = Cli.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: lead [-hV] COMMAND");
        Cli.Run unknown = Cli.run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void helpIsACommandToo() {
        Cli.Run run = Cli.run("help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: lead [-hV] COMMAND");
        Cli.Run send = Cli.run("help", "send");
        assertThat(send.exitCode()).isZero();
        assertThat(send.out()).contains("Usage: lead send");
    }

    @Test
    void topLevelHelpNamesEveryExitCode() {
        assertThat(Cli.run("--help").out().replaceAll("\\s+", " "))
                .contains("0 all leads valid", "1 some were not", "2 usage or I/O error", "3 internal error");
    }
}
