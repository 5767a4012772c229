package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java sample in the README is marked {@code <!-- snippet: path#region -->} and must equal that region of
 * a compiled test, so the README cannot drift from code that runs.
 */
class ReadmeSnippetsTest {
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSampleInTheReadmeIsARegionOfACompiledTest() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        Matcher m = SNIPPET.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String source = Files.readString(root.resolve(m.group(1)));
            assertThat(m.group(3)).as("README snippet %s#%s", m.group(1), m.group(2))
                    .isEqualTo(region(source, m.group(2)));
            checked.add(m.group(2));
        }
        assertThat(checked).as("snippets found").isNotEmpty();
        long javaBlocks = Pattern.compile("```java").matcher(readme).results().count();
        assertThat(javaBlocks).as("every ```java block is a marked snippet").isEqualTo(checked.size());
    }

    /** The lines between {@code // region name} and {@code // endregion}, de-indented. */
    static String region(String source, String name) {
        List<String> lines = source.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// region " + name)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("region %s", name).isPositive();
        List<String> body = new ArrayList<>();
        for (int i = start; !lines.get(i).strip().equals("// endregion"); i++) {
            body.add(lines.get(i));
        }
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        body.forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return out.toString();
    }
}
