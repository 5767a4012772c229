package dev.leadkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    private static final String A = "{\"OfferTitle\":\"A\"}";
    private static final String B = "{\n  \"OfferTitle\" : \"B\",\n  \"UserDetails\" : {\"Email\":\"x\"}\n}";

    @TempDir
    Path dir;

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(List<Inputs.Input> inputs) {
        return inputs.stream().map(i -> i.source() + "=" + new String(i.json(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aStreamOfPrettyDocumentsOnStandardInputIsOneLeadEach() {
        List<Inputs.Input> read = Inputs.read(List.of("-"), stdin(B + "\n" + B + "\n\n" + A + "\n"), false);
        assertThat(texts(read)).containsExactly("-:1=" + B, "-:5=" + B, "-:10=" + A);
    }

    @Test
    void aJsonArrayIsAListOfLeads() throws IOException {
        Path file = Files.writeString(dir.resolve("leads.json"), "[" + A + ",\n " + B + "]\n");
        assertThat(texts(Inputs.read(List.of(file.toString()), stdin(""), false)))
                .containsExactly(file + "[0]=" + A, file + "[1]=" + B);
    }

    @Test
    void aLoneDocumentKeepsItsFileName() throws IOException {
        Path file = Files.writeString(dir.resolve("lead.json"), "\uFEFF" + B + "\n");
        assertThat(texts(Inputs.read(List.of(file.toString()), stdin(""), false))).containsExactly(file + "=" + B);
    }

    @Test
    void aBrokenDocumentIsKeptFromWhereItStartsSoReadingItSaysWhere() {
        List<Inputs.Input> read = Inputs.read(List.of("-"), stdin(B + "\n{\"OfferTitle\": }\n" + A), false);
        assertThat(texts(read)).containsExactly("-:1=" + B, "-:5={\"OfferTitle\": }\n" + A);
    }

    @Test
    void linesForcesJsonLinesWhateverTheName() throws IOException {
        Path file = Files.writeString(dir.resolve("leads.txt"), A + "\n\n" + A + "\r\n");
        assertThat(texts(Inputs.read(List.of(file.toString()), stdin(""), true)))
                .containsExactly(file + ":1=" + A, file + ":3=" + A);
        assertThat(texts(Inputs.read(List.of("-"), stdin("[" + A + "]\n"), true))).containsExactly("-:1=[" + A + "]");
    }

    @Test
    void anEmptyInputIsAnErrorOfItsOwn() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n  \n");
        assertThatThrownBy(() -> Inputs.read(List.of(empty.toString()), stdin(""), false))
                .isInstanceOf(Inputs.EmptyInputException.class)
                .hasMessage("no lead in " + empty + ": it is empty or only white space");
        assertThatThrownBy(() -> Inputs.read(List.of("-"), stdin(""), false))
                .isInstanceOf(Inputs.EmptyInputException.class).hasMessageContaining("standard input");
    }

    @Test
    void inputsOverTheLimitAreRefusedBeforeTheyAreRead() throws IOException {
        Path big = dir.resolve("big.jsonl");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(Inputs.MAX_BYTES + 1); // sparse: nothing is written, and nothing must be read
        }
        assertThatThrownBy(() -> Inputs.read(List.of(big.toString()), stdin(""), false))
                .isInstanceOf(CliException.class).isNotInstanceOf(Inputs.EmptyInputException.class)
                .hasMessageStartingWith("the input is too large at " + big + ": one run reads at most 128 MiB");
        assertThatThrownBy(() -> Inputs.read(List.of("-"), stdin(A + "\n" + A + "\n"), false, A.length() + 2))
                .hasMessageStartingWith("the input is too large at standard input");
    }

    @Test
    void aUrlTakenForAFileNameIsNotShown() {
        String url = "https://prod.example/workflows/p4th-s3cret/invoke?sig=S1G";
        assertThatThrownBy(() -> Inputs.read(List.of(url), stdin(""), false))
                .hasMessage("cannot read https://prod.example/***: no such file or directory (an endpoint goes in "
                        + "--endpoint or LEAD_ENDPOINT)");
    }

    @Test
    void aDirectoryIsNamedInWordsNotJavaClasses() {
        assertThatThrownBy(() -> Inputs.read(List.of(dir.toString()), stdin(""), false))
                .hasMessageStartingWith("cannot read " + dir + ": ").message().doesNotContain("java.", "Exception");
    }
}
