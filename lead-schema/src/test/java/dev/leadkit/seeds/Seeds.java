package dev.leadkit.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two Microsoft guides in {@code ../shared/seeds} (beside the repository root) and the JSON fences in them.
 * Fails loudly when they are missing: the byte-for-byte checks must never pass vacuously.
 */
public final class Seeds {
    /** The fr-FR guide of April 2020: the schema with Description. */
    public static final String REVISION_2020 = "fr-FR";
    /** The pt-PT guide of December 2018: the schema without Description. */
    public static final String REVISION_2018 = "pt-PT";

    private Seeds() {
    }

    /** The seeds folder, from a module directory (surefire's working directory) or the repository root. */
    static Path folder() {
        Path moduleDir = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(moduleDir.resolve("../../shared/seeds"), moduleDir.resolve("../shared/seeds"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("the seed documents are missing: expected ../shared/seeds beside the"
                + " repository root (looked from " + moduleDir + ")");
    }

    /** The guide whose front matter says {@code ms.contentlocale: <locale>}. */
    public static String guide(String locale) {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> matches = new ArrayList<>();
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("\nms.contentlocale: " + locale + "\n")) {
                    matches.add(text);
                }
            }
            if (matches.size() != 1) {
                throw new IllegalStateException("expected exactly one seed with ms.contentlocale " + locale
                        + " in " + folder() + " but found " + matches.size());
            }
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text inside the n-th (0-based) {@code ```json} fence: every line after the opening fence up to the closing
     * one, each with its line feed. So the last line keeps its newline, as a text file's last line does.
     */
    public static String fence(String guide, int n) {
        String[] lines = guide.split("\n", -1);
        int seen = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].matches("```\\s*json\\s*")) {
                continue;
            }
            if (++seen < n) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            for (int j = i + 1; j < lines.length; j++) {
                if (lines[j].equals("```")) {
                    return body.toString();
                }
                body.append(lines[j]).append('\n');
            }
            throw new IllegalStateException("unclosed json fence " + n);
        }
        throw new IllegalStateException("the guide has no json fence number " + n);
    }

    /** The schema of a guide: its first json fence. */
    public static String schema(String locale) {
        return fence(guide(locale), 0);
    }

    /** The sample lead of a guide: its second json fence. */
    public static String sample(String locale) {
        return fence(guide(locale), 1);
    }
}
