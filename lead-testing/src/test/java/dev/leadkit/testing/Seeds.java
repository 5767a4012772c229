package dev.leadkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample leads in the two Microsoft guides in {@code ../shared/seeds} beside the repository root. Fails loudly
 * when they are missing, so the byte-for-byte checks never pass vacuously.
 */
final class Seeds {
    private Seeds() {
    }

    /** The seeds folder, from the module directory (surefire's working directory) or the repository root. */
    static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here.resolve("../../shared/seeds"), here.resolve("../shared/seeds"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("the seed documents are missing: expected ../shared/seeds beside the"
                + " repository root (looked from " + here + ")");
    }

    /**
     * The sample lead of the guide whose front matter says {@code ms.contentlocale: <locale>}: its second
     * {@code ```json} fence (the first is the schema), every line with its line feed.
     */
    static byte[] sample(String locale) {
        String[] lines = guide(locale).split("\n", -1);
        int fence = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("```\\s*json\\s*") && ++fence == 1) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; !lines[j].equals("```"); j++) {
                    body.append(lines[j]).append('\n');
                }
                return body.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("the " + locale + " guide has no sample (second json fence)");
    }

    private static String guide(String locale) {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> matches = new ArrayList<>();
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("\nms.contentlocale: " + locale + "\n")) {
                    matches.add(text);
                }
            }
            if (matches.size() != 1) {
                throw new IllegalStateException("expected exactly one seed with ms.contentlocale " + locale + " in "
                        + folder() + " but found " + matches.size());
            }
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
