package dev.leadkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.model.internal.LeadLimits;
import dev.leadkit.model.internal.Masking;
import dev.leadkit.model.internal.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * lead-testing reads exported API only: a modular application's tests put it on the class path while lead-model is
 * a named module, where any use of {@code dev.leadkit.model.internal} throws {@code IllegalAccessError}. The
 * module-smoke module runs that arrangement for real; this test names the offending class at once.
 */
class ExportedApiOnlyTest {
    private static final List<String> SAMPLES = List.of("", "a", "Ana", "\u00e9lise", "\uD83D\uDE00x",
            "someone@contoso.com", "@contoso.com", "no-at-sign", "+1 (425) 555-0100", "1234", "12345",
            "line\nbreak \"quoted\" \\ \u2028", "x".repeat(200), "/hook?sig=secret&x=1", "/plain/path", "?only");

    @Test
    void noMainClassReferencesTheInternalPackage() throws IOException {
        Path classes = Path.of(TestLeads.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(p -> p.toString().endsWith(".class"))
                    .filter(ExportedApiOnlyTest::mentionsInternal)
                    .map(p -> classes.relativize(p).toString())
                    .collect(Collectors.toList());
        }
        assertThat(offenders).as("classes of lead-testing that use dev.leadkit.model.internal").isEmpty();
    }

    @Test
    void safeTextRendersAsLeadModelDoes() {
        for (String s : SAMPLES) {
            assertThat(SafeText.quote(s)).as("quote %s", s).isEqualTo(Text.quote(s));
            assertThat(SafeText.pointer(s)).as("pointer %s", s).isEqualTo(Text.pointer(s));
            assertThat(SafeText.name(s)).as("name %s", s).isEqualTo(Masking.name(s));
            assertThat(SafeText.email(s)).as("email %s", s).isEqualTo(Masking.email(s));
            assertThat(SafeText.phone(s)).as("phone %s", s).isEqualTo(Masking.phone(s));
            assertThat(SafeText.target(s)).as("target %s", s).isEqualTo(Masking.target(s));
        }
        assertThat(SafeText.name(null)).isNull();
        assertThat(SafeText.email(null)).isNull();
        assertThat(SafeText.phone(null)).isNull();
        assertThat(SafeText.target(null)).isNull();
        assertThat(SafeText.MAX_LENGTH).isEqualTo(Text.MAX_LENGTH);
    }

    @Test
    void generatorLimitsAreLeadModels() {
        assertThat(LeadGenerator.TEXT_LIMIT).isEqualTo(LeadLimits.TEXT);
        assertThat(LeadGenerator.DESCRIPTION_LIMIT).isEqualTo(LeadLimits.DESCRIPTION);
    }

    private static boolean mentionsInternal(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("dev/leadkit/model/internal");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
