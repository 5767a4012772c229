package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.testing.TestLeads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    static final String BAD_EMAIL = "{\"userDetails\":{\"email\":\"someone@@contoso.com\",\"phone\":\"16175555555\"}}";

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void aValidJsonFileIsOneValidLeadAndExitsZero() throws IOException {
        String file = write("lead.json", TestLeads.documented2020().text());
        Cli.Run run = Cli.run("validate", file);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid\n1 lead: 1 valid, 0 invalid\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aJsonLinesFileGetsAVerdictPerLineWithPointersAndExitsOne() throws IOException {
        String file = write("leads.jsonl", "\n" + compact(TestLeads.camelCase().text()) + "\r\n  \n" + BAD_EMAIL
                + "\n{\"UserDetails\": 5}\n");
        Cli.Run run = Cli.run("validate", file);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(file + ":2: valid\n"
                + file + ":4: invalid\n"
                + "  \"/UserDetails/Email\" [email] must be a syntactically valid e-mail address\n"
                + file + ":5: invalid\n"
                + "  \"/UserDetails\" [type] expected an object or null but found a number (line 1, column 17)\n"
                + "3 leads: 1 valid, 2 invalid\n");
        assertThat(run.out()).as("no personal data").doesNotContain("someone", "16175555555");
    }

    @Test
    void anNdjsonFileIsJsonLinesToo() throws IOException {
        String file = write("leads.NDJSON", BAD_EMAIL + "\n" + BAD_EMAIL);
        assertThat(Cli.run("validate", file).out()).contains(file + ":1: invalid", file + ":2: invalid");
    }

    @Test
    void theSchemaAndProfilesAddTheirRules() throws IOException {
        String nulls = write("nulls.json", "{\"UserDetails\":{\"FirstName\":null,\"Company\":\"Contoso\"}}");
        assertThat(Cli.run("validate", nulls).exitCode()).as("tolerant by default").isZero();
        Cli.Run latest = Cli.run("validate", "--schema", "latest", nulls);
        assertThat(latest.exitCode()).isEqualTo(1);
        assertThat(latest.out()).contains("\"/UserDetails/FirstName\" [type] expected a string but found null");
        Cli.Run contactable = Cli.run("validate", "--profile", "CONTACTABLE,salesforce", nulls);
        assertThat(contactable.out()).contains("\"/UserDetails\" [contactable]");
        assertThat(Cli.run("validate", "--schema", "2018", write("2018.json", TestLeads.documented2018().text()))
                .exitCode()).isZero();
    }

    @Test
    void standardInputIsJsonLinesWhenItsFirstLineIsAWholeObject() {
        Cli.Run lines = Cli.run(Cli.env(Map.of(), "\n" + BAD_EMAIL + "\n{}\n", false), "validate", "-");
        assertThat(lines.out()).startsWith("-:2: invalid\n").contains("-:3: valid\n")
                .endsWith("2 leads: 1 valid, 1 invalid\n");
        Cli.Run document = Cli.run(Cli.env(Map.of(), TestLeads.camelCase().text(), false), "validate", "-");
        assertThat(document.out()).isEqualTo("-: valid\n1 lead: 1 valid, 0 invalid\n");
        assertThat(document.exitCode()).isZero();
    }

    @Test
    void jsonFormatIsOneObjectPerLead() throws IOException {
        String file = write("leads.jsonl", BAD_EMAIL + "\n{}\n");
        Cli.Run run = Cli.run("validate", "--format", "json", file);
        assertThat(run.out().lines()).containsExactly(
                "{\"source\":\"" + file + ":1\",\"valid\":false,\"violations\":[{\"pointer\":\"/UserDetails/Email\","
                        + "\"code\":\"email\",\"detail\":\"must be a syntactically valid e-mail address\"}]}",
                "{\"source\":\"" + file + ":2\",\"valid\":true,\"violations\":[]}");
    }

    @Test
    void aMissingFileIsAnIoErrorBeforeAnyVerdict() throws IOException {
        String good = write("lead.json", "{}");
        Cli.Run run = Cli.run("validate", good, dir.resolve("missing.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lead validate: cannot read " + dir.resolve("missing.json")
                + ": no such file or directory\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
        Cli.Run badSchema = Cli.run("validate", "--schema", "2019", "x.json");
        assertThat(badSchema.exitCode()).isEqualTo(2);
        assertThat(badSchema.err()).contains("expected latest (or 2020), 2018 or tolerant but found '2019'")
                .contains("Try 'lead validate --help'.");
        assertThat(Cli.run("validate", "--format", "xml", "x.json").exitCode()).isEqualTo(2);
        assertThat(Cli.run(Cli.env(Map.of(), "{}", false), "validate", "-", "-").err())
                .contains("standard input (-) can be named only once");
    }

    static String compact(String json) {
        return json.replaceAll("\\n\\s*", "");
    }

    @Test
    void aStreamOfSamplesOnStandardInputIsALeadEach() {
        String samples = Cli.run("sample", "--all").out();
        Cli.Run run = Cli.run(Cli.env(Map.of(), samples, false), "validate", "-");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("-:1: ").endsWith(TestLeads.samples().size() + " leads: "
                + (TestLeads.samples().size() - invalidSamples()) + " valid, " + invalidSamples() + " invalid\n");
    }

    private static long invalidSamples() {
        return TestLeads.samples().stream().map(sample -> Cli.run(Cli.env(Map.of(), sample.text(), false),
                "validate", "-").exitCode()).filter(code -> code != 0).count();
    }

    @Test
    void aJsonArrayIsAListOfLeads() throws IOException {
        String file = write("leads.json", "[" + BAD_EMAIL + ",\n{}]");
        Cli.Run run = Cli.run("validate", file);
        assertThat(run.out()).startsWith(file + "[0]: invalid\n").contains(file + "[1]: valid\n")
                .endsWith("2 leads: 1 valid, 1 invalid\n");
    }

    @Test
    void linesForcesJsonLines() throws IOException {
        String file = write("leads.txt", BAD_EMAIL + "\n{}\n");
        assertThat(Cli.run("validate", "--lines", file).out()).endsWith("2 leads: 1 valid, 1 invalid\n");
    }

    @Test
    void anEmptyInputIsExitOneWithAMessage() throws IOException {
        String file = write("empty.jsonl", "");
        Cli.Run run = Cli.run("validate", file);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("lead validate: no lead in " + file + ": it is empty or only white space\n");
        assertThat(Cli.run(Cli.env(Map.of(), " \n", false), "validate", "-").exitCode()).isEqualTo(1);
    }

    @Test
    void profilesAreSpelledAsInTheHelp() throws IOException {
        String lead = write("lead.json", "{\"UserDetails\":{\"FirstName\":\"" + "x".repeat(60) + "\"}}");
        for (String spelling : List.of("dynamics-365", "DYNAMICS_365", "Dynamics-365")) {
            Cli.Run run = Cli.run("validate", "--profile", spelling, lead);
            assertThat(run.exitCode()).as(spelling + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("\"/UserDetails/FirstName\" [");
        }
        assertThat(Cli.run("validate", "--help").out()).contains("contactable, dynamics-365, salesforce");
        assertThat(Cli.run("validate", "--profile", "dynamics", lead).err())
                .contains("expected one of contactable, dynamics-365, salesforce but found 'dynamics'");
    }
}
