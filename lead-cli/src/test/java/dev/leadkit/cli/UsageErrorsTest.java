package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No usage error shows a value that may be a secret, whatever picocli quotes from the command line. */
class UsageErrorsTest {
    private static final String SECRET = "S3CRET-5f0e";

    static Stream<Arguments> commandLines() {
        String url = "https://prod-1.westeurope.logic.azure.com/workflows/" + SECRET + "/invoke?sig=" + SECRET;
        return Stream.of(
                Arguments.of((Object) new String[] {"send", "--tokn=" + SECRET, "a.json"}),
                Arguments.of((Object) new String[] {"send", "--tokn", SECRET, "a.json"}),
                Arguments.of((Object) new String[] {"serve", "--token=" + SECRET, "extra-" + SECRET}),
                Arguments.of((Object) new String[] {"serve", "--tls-password", SECRET, "--bogus"}),
                Arguments.of((Object) new String[] {"serve", "--tls-pasword=" + SECRET}),
                Arguments.of((Object) new String[] {"send", "--endpont=" + url, "a.json"}),
                Arguments.of((Object) new String[] {"send", "--endpont", url, "a.json"}),
                Arguments.of((Object) new String[] {"send", "--endpoint", url, "--concurrency", "x", "a.json"}),
                Arguments.of((Object) new String[] {"send", "--endpoint=" + url, "--endpoint", url, "a.json"}),
                Arguments.of((Object) new String[] {url}),
                Arguments.of((Object) new String[] {"sendd", "--token=" + SECRET}),
                Arguments.of((Object) new String[] {"validate", "--schema", "2019", url}),
                Arguments.of((Object) new String[] {"sample", "--random", url}));
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void noSecretInAnyUsageError(String[] args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("lead").doesNotContain(SECRET).doesNotContain("sig=");
        assertThat(run.out()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void theRedactionCatchesWhatPicocliWouldHaveShown(String[] args) {
        String all = String.join(" ", args);
        assertThat(UsageErrors.redact("quoted: " + all, args, Main.commandLine(Cli.env(java.util.Map.of(), "",
                false)))).doesNotContain(SECRET);
    }

    @org.junit.jupiter.api.Test
    void aMistypedOptionIsStillNamedAndAUrlKeepsItsHost() {
        Cli.Run typo = Cli.run("send", "--tokn=" + SECRET, "a.json");
        assertThat(typo.err()).contains("'--tokn=***'");
        Cli.Run url = Cli.run("https://host.example:8443/hooks/" + SECRET + "?sig=" + SECRET);
        assertThat(url.err()).contains("'https://host.example:8443/***'");
        Cli.Run plain = Cli.run("send", "--concurrency", "many", "a.json");
        assertThat(plain.err()).as("a value that is no secret is shown").contains("'many'");
    }
}
