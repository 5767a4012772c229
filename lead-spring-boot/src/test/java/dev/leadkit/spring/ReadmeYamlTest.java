package dev.leadkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code application.yaml} is the file {@code LeadApplicationTest} runs with, so the five lines it
 * promises cannot drift from a configuration that works.
 */
class ReadmeYamlTest {
    private static final Pattern YAML = Pattern.compile(
            "<!-- yaml: ([^\\s]+) -->\\s*```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesApplicationYamlIsTheTestedOne() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Matcher m = YAML.matcher(Files.readString(root.resolve("README.md")));
        assertThat(m.find()).as("a <!-- yaml: path --> block in the README").isTrue();
        assertThat(m.group(2)).isEqualTo(Files.readString(root.resolve(m.group(1))));
    }
}
