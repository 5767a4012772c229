package dev.leadkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the documents named on a command line.
 *
 * <ul>
 *   <li>A file ending in {@code .jsonl} or {@code .ndjson}, or any input with {@code --lines}: one lead per
 *       non-blank line (JSON Lines), named {@code leads.jsonl:3}.
 *   <li>Any other file, and {@code -} (standard input): a stream of JSON documents separated by white space, such
 *       as {@code lead sample --all} prints. A lone document is named by its file ({@code lead.json}), each of
 *       several by the line it starts on ({@code -:12}); a JSON array is a list of leads, each named by its index
 *       ({@code leads.json[0]}). Standard input whose first non-blank line is a complete one-line object is read
 *       as JSON Lines, so one broken line does not hide the ones after it.
 * </ul>
 *
 * <p>At most {@link #MAX_BYTES} are read in one run, all inputs together; more is a usage error (exit 2). An input
 * that holds no lead at all is an {@link EmptyInputException} (exit 1).
 */
final class Inputs {
    /** The name standard input goes by. */
    static final String STDIN = "-";
    /** The most bytes one run reads, all inputs together: 128 MiB (about 250,000 typical leads). */
    static final long MAX_BYTES = 128L * 1024 * 1024;

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * One document to check or send.
     *
     * @param source where it came from: {@code lead.json}, {@code leads.jsonl:3}, {@code -}, {@code -:2} or
     *     {@code leads.json[0]}
     * @param json its bytes, as read
     */
    record Input(String source, byte[] json) {
    }

    /** A named input holds no lead: nothing to check or send is a failure, not a success. Exit code 1. */
    static final class EmptyInputException extends CliException {
        private static final long serialVersionUID = 1L;

        EmptyInputException(String name) {
            super("no lead in " + (name.equals(STDIN) ? "standard input" : IoProblems.shown(name))
                    + ": it is empty or only white space");
        }
    }

    private Inputs() {
    }

    /**
     * Reads every named input before anything else happens, so an I/O error stops a command before it sends a lead.
     *
     * @param lines read every input as JSON Lines
     * @throws CliException if a file cannot be read, is too large, or {@code -} is named twice
     * @throws EmptyInputException if an input holds no lead
     */
    static List<Input> read(List<String> names, InputStream stdin, boolean lines) {
        return read(names, stdin, lines, MAX_BYTES);
    }

    static List<Input> read(List<String> names, InputStream stdin, boolean lines, long maxBytes) {
        List<Input> inputs = new ArrayList<>();
        boolean stdinRead = false;
        long left = maxBytes;
        for (String name : names) {
            byte[] bytes;
            if (name.equals(STDIN)) {
                if (stdinRead) {
                    throw new CliException("standard input (-) can be named only once");
                }
                stdinRead = true;
                bytes = readLimited(stdin, "standard input", left, maxBytes);
            } else {
                bytes = readFile(name, left, maxBytes);
            }
            left -= bytes.length;
            int before = inputs.size();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lines || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
                    || (name.equals(STDIN) && looksLikeLines(bytes))) {
                splitLines(name, bytes, inputs);
            } else {
                splitDocuments(name, bytes, inputs);
            }
            if (inputs.size() == before) {
                throw new EmptyInputException(name);
            }
        }
        return inputs;
    }

    private static byte[] readFile(String name, long left, long maxBytes) {
        Path path = Path.of(name);
        try {
            if (Files.isRegularFile(path) && Files.size(path) > left) {
                throw tooLarge(IoProblems.shown(name), maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readLimited(in, IoProblems.shown(name), left, maxBytes);
            }
        } catch (IOException e) {
            String hint = name.contains("://") ? " (an endpoint goes in --endpoint or LEAD_ENDPOINT)" : "";
            throw new CliException("cannot read " + IoProblems.shown(name) + ": " + IoProblems.describe(e) + hint, e);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliException("cannot read " + IoProblems.shown(name) + ": not a valid file name", e);
        }
    }

    private static byte[] readLimited(InputStream in, String shownName, long left, long maxBytes) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
            if (bytes.length > left) {
                throw tooLarge(shownName, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new CliException("cannot read " + shownName + ": " + IoProblems.describe(e), e);
        }
    }

    private static CliException tooLarge(String shownName, long maxBytes) {
        return new CliException("the input is too large at " + shownName + ": one run reads at most "
                + maxBytes / (1024 * 1024) + " MiB; split it (split -l 100000 big.jsonl part-) and send the parts");
    }

    /** One input per line that holds more than white space; a CR before the LF is dropped. */
    private static void splitLines(String name, byte[] bytes, List<Input> inputs) {
        int line = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            line++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(bytes, start, stop)) {
                inputs.add(new Input(name + ":" + line, Arrays.copyOfRange(bytes, start, stop)));
            }
            start = end + 1;
        }
    }

    /**
     * One input per JSON value at the top level, and one per element of a top-level array. A syntax error ends the
     * scan: the rest, from the start of the broken document, is one more input, so reading it as a lead reports
     * where it is broken.
     */
    private static void splitDocuments(String name, byte[] bytes, List<Input> inputs) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        List<Input> found = new ArrayList<>();
        boolean array = false;
        int resume = start;
        int resumeLine = 1;
        try (JsonParser p = FACTORY.createParser(bytes, start, bytes.length - start)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                resume = start + (int) p.currentTokenLocation().getByteOffset();
                resumeLine = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_ARRAY) {
                    array = true;
                    int index = 0;
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        int from = start + (int) p.currentTokenLocation().getByteOffset();
                        found.add(new Input(name + "[" + index++ + "]", slice(p, bytes, start, from)));
                    }
                } else {
                    found.add(new Input(name + ":" + resumeLine, slice(p, bytes, start, resume)));
                }
                resume = start + (int) p.currentLocation().getByteOffset();
            }
        } catch (IOException e) {
            if (!isBlank(bytes, resume, bytes.length)) {
                found.add(new Input(name + ":" + resumeLine, Arrays.copyOfRange(bytes, resume, bytes.length)));
            }
        }
        if (found.size() == 1 && !array) {
            found.set(0, new Input(name, found.get(0).json()));
        }
        inputs.addAll(found);
    }

    /** The bytes of the value the parser is at, from {@code from} to its end. */
    private static byte[] slice(JsonParser p, byte[] bytes, int start, int from) throws IOException {
        p.skipChildren();
        p.finishToken();
        int to = start + (int) p.currentLocation().getByteOffset();
        return Arrays.copyOfRange(bytes, from, to);
    }

    private static boolean looksLikeLines(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int first = skipBlanks(bytes, start, end);
            if (first < end) {
                int last = end - 1;
                while (last > first && isBlank(bytes[last])) {
                    last--;
                }
                return bytes[first] == '{' && bytes[last] == '}' && last > first;
            }
            start = end + 1;
        }
        return false;
    }

    private static int skipBlanks(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && isBlank(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        return skipBlanks(bytes, from, to) == to;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
